package io.tempora.contracts.provider;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Payloads of the events on {@code provider.time-off-events.v1}, keyed by the time off id. */
public final class TimeOffEvents {

    public static final String REQUESTED = "time_off_requested";
    public static final String APPROVED = "time_off_approved";
    public static final String DENIED = "time_off_denied";
    public static final String CANCELLED = "time_off_cancelled";

    private TimeOffEvents() {
    }

    public record Requested(UUID organizationId, UUID providerId, UUID timeOffId, Instant start, Instant end,
                            boolean allDay, LocalDate startDate, LocalDate endDate, String type) {
    }

    /**
     * @param approvedBy         the subject of the token that approved it
     * @param coverageProviderId who takes over the provider's bookings, or null
     */
    public record Approved(UUID organizationId, UUID providerId, UUID timeOffId, Instant start, Instant end,
                           String approvedBy, UUID coverageProviderId) {
    }

    /** @param deniedBy the subject of the token that denied it */
    public record Denied(UUID organizationId, UUID providerId, UUID timeOffId, String deniedBy, String reason) {
    }

    /** @param cancelledBy the subject of the token that cancelled it */
    public record Cancelled(UUID organizationId, UUID providerId, UUID timeOffId, String cancelledBy) {
    }
}
