package io.tempora.provider.appointmenttype;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.tempora.contracts.rules.ProviderSelection;
import io.tempora.contracts.rules.AssignmentStrategy;
import io.tempora.contracts.rules.AppointmentLimits;

/**
 * A service (appointment type) as clients send it. Left-out optional fields take their defaults:
 * no buffers, a step equal to the duration, one seat, clients choose the provider, first available
 * by priority when auto-assigning, no notice, bookable 90 days ahead, active.
 */
@Schema(name = "ServiceRequest")
public record AppointmentTypeRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Beard trim") String name,
        @Size(max = 4000) String description,
        @NotNull @Min(1) @Max(AppointmentLimits.LONGEST_APPOINTMENT_MINUTES) @Schema(examples = "30") Integer durationMinutes,
        @Min(0) @Max(AppointmentLimits.LONGEST_BUFFER_MINUTES) Integer bufferBeforeMinutes,
        @Min(0) @Max(AppointmentLimits.LONGEST_BUFFER_MINUTES) Integer bufferAfterMinutes,
        @Min(1) @Max(1440) Integer slotStepMinutes,
        @Min(1) @Max(1000) Integer capacity,
        ProviderSelection providerSelection,
        AssignmentStrategy assignmentStrategy,
        @Min(0) @Max(525600) Integer minimumNoticeMinutes,
        @Min(1) @Max(730) Integer maximumAdvanceDays,
        @Valid MoneyAmount price,
        Boolean active,
        Long version) {
}
