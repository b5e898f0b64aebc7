package io.tempora.availability.slots;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.tempora.contracts.rules.NoSlotReason;

/** Who has time on a date, and why the others do not. */
@Schema(name = "ProvidersAvailability")
public record ProviderDayView(LocalDate date, String timezone, List<ProviderDay> providers) {

    /**
     * @param reason         why the provider has no time, or null when it has
     * @param firstFreeTimes the first free starts (slots of the service when given), at most three
     */
    @Schema(name = "ProviderDay")
    public record ProviderDay(UUID id, String name, String color, List<String> specialties, boolean available,
                              NoSlotReason reason, List<OffsetDateTime> firstFreeTimes) {
    }
}
