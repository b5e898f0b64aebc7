package io.tempora.contracts.provider;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One time off of a provider on {@code provider.time-off.v1}, keyed by its id. Only
 * {@code APPROVED} time off removes availability, over {@code [start, end)}.
 *
 * @param allDay    whole days in the provider's zone: then {@code startDate..endDate} (inclusive)
 *                  and {@code start}/{@code end} are their first and last instant
 * @param status    {@code REQUESTED}, {@code APPROVED}, {@code DENIED} or {@code CANCELLED}
 */
public record TimeOffSnapshot(UUID id, UUID organizationId, UUID providerId, Instant start, Instant end,
                              boolean allDay, LocalDate startDate, LocalDate endDate, String type, String reason,
                              UUID coverageProviderId, String status, long version) {

    public static final String TYPE = "time_off_snapshot";

    public boolean blocksAvailability() {
        return "APPROVED".equals(status);
    }
}
