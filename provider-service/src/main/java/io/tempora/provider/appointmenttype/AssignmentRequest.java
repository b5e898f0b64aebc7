package io.tempora.provider.appointmenttype;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.tempora.contracts.rules.AppointmentLimits;

/**
 * A provider offering a service.
 *
 * @param providerId      required when adding; ignored when changing (the path names it)
 * @param priority        lower goes first for first-available assignment; default 100
 * @param durationMinutes this provider's own duration, or null for the service's
 * @param price           this provider's own price, or null for the service's
 */
@Schema(name = "ServiceProviderRequest")
public record AssignmentRequest(
        UUID providerId,
        @Min(0) @Max(10000) Integer priority,
        @Min(1) @Max(AppointmentLimits.LONGEST_APPOINTMENT_MINUTES) Integer durationMinutes,
        @Valid MoneyAmount price) {
}
