package io.tempora.provider.imports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.tempora.kit.validation.IanaTimeZone;
import io.tempora.provider.appointmenttype.MoneyAmount;
import io.tempora.provider.organization.BusinessHoursBlock;
import io.tempora.contracts.rules.AppointmentLimits;

/**
 * A solo practice as another booking system exports it: the practice, its one practitioner,
 * business hours, holidays, services and the book of appointments (docs/migration.md). Every
 * service and appointment has the id it had there, by which a re-run finds what it made before.
 */
@Schema(name = "SoloPracticeImport")
public record SoloPracticeFile(
        @NotNull @Valid Practice practice,
        @NotNull @Size(min = 1, max = 70) List<@Valid @NotNull BusinessHoursBlock> businessHours,
        @Size(max = 400) List<@Valid @NotNull Holiday> holidays,
        @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull Service> services,
        @Size(max = 20000) List<@Valid @NotNull Appointment> appointments) {

    /**
     * @param slug the organization's slug, if it is created
     * @param practitioner the practitioner's name, who becomes the organization's one provider
     */
    public record Practice(@NotBlank @Size(max = 200) @Schema(examples = "Berlin Physio") String name,
                           @NotBlank @Size(max = 63) @Schema(examples = "berlin-physio") String slug,
                           @NotNull @IanaTimeZone @Schema(examples = "Europe/Berlin") String timeZone,
                           @NotBlank @Size(max = 200) @Schema(examples = "Dr. Anna Weber") String practitioner) {
    }

    public record Holiday(@NotNull LocalDate date, @Size(max = 200) String name) {
    }

    public record Service(@NotBlank @Size(max = 100) String externalId,
                          @NotBlank @Size(max = 200) String name,
                          @NotNull @Min(1) @Max(AppointmentLimits.LONGEST_APPOINTMENT_MINUTES) Integer durationMinutes,
                          @Min(0) @Max(AppointmentLimits.LONGEST_BUFFER_MINUTES) Integer bufferBeforeMinutes,
                          @Min(0) @Max(AppointmentLimits.LONGEST_BUFFER_MINUTES) Integer bufferAfterMinutes,
                          @Valid MoneyAmount price) {
    }

    public record Appointment(@NotBlank @Size(max = 100) String externalId,
                              @NotNull @Valid Client client,
                              @NotBlank @Size(max = 100) String service,
                              @NotNull OffsetDateTime start,
                              @NotNull OffsetDateTime end,
                              @NotNull Status status) {
    }

    /** @param externalId the client's id in the source system; without one, the email or name tells clients apart */
    public record Client(@Size(max = 100) String externalId, @NotBlank @Size(max = 200) String name,
                         @Email @Size(max = 320) String email, @Size(max = 40) String phone) {
    }

    public enum Status {
        CONFIRMED, CANCELLED
    }

    public List<Holiday> holidaysOrNone() {
        return holidays == null ? List.of() : holidays;
    }

    public List<Appointment> appointmentsOrNone() {
        return appointments == null ? List.of() : appointments;
    }
}
