package io.tempora.contracts.provider;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import io.tempora.contracts.rules.BlockType;

/**
 * All weekly schedules of one provider on {@code provider.schedules.v1}, keyed by the provider id.
 * At most one schedule is in effect on a date. Times are local to the provider's time zone (on
 * its {@link ProviderSnapshot}) and stay as written across daylight-saving changes.
 */
public record ProviderSchedulesSnapshot(UUID providerId, UUID organizationId, List<Schedule> schedules) {

    public static final String TYPE = "provider_schedules_snapshot";

    /**
     * @param effectiveFrom  first date it applies
     * @param effectiveUntil last date it applies (inclusive), or null for open-ended
     */
    public record Schedule(UUID id, String name, LocalDate effectiveFrom, LocalDate effectiveUntil,
                           List<Block> blocks, long version) {

        public boolean inEffectOn(LocalDate date) {
            return !date.isBefore(effectiveFrom) && (effectiveUntil == null || !date.isAfter(effectiveUntil));
        }
    }

    /** @param type working hours, or a break inside them; {@code end} may be 24:00 */
    public record Block(DayOfWeek dayOfWeek, LocalTime start, LocalTime end, BlockType type, UUID locationId) {
    }
}
