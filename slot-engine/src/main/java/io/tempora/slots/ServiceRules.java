package io.tempora.slots;

import java.time.Duration;
import java.util.UUID;

import io.tempora.contracts.provider.ServiceSnapshot;

/**
 * What a service asks of a slot, in seconds.
 *
 * @param capacity seats per provider per slot; more than one makes a group service
 */
public record ServiceRules(long durationSeconds, long bufferBeforeSeconds, long bufferAfterSeconds, long stepSeconds,
                           int capacity, long minimumNoticeSeconds, long maximumAdvanceSeconds) {

    public ServiceRules {
        if (durationSeconds <= 0 || stepSeconds <= 0 || capacity < 1 || bufferBeforeSeconds < 0 || bufferAfterSeconds < 0) {
            throw new IllegalArgumentException("duration and step must be positive, capacity at least 1, buffers not negative");
        }
    }

    /** The service's rules as it is offered by default. */
    public static ServiceRules of(ServiceSnapshot service) {
        return new ServiceRules(service.durationMinutes() * 60L, service.bufferBeforeMinutes() * 60L,
                service.bufferAfterMinutes() * 60L, service.slotStepMinutes() * 60L, service.capacity(),
                service.minimumNoticeMinutes() * 60L, service.maximumAdvanceDays() * 86_400L);
    }

    /** The service's rules with one provider: its own duration, where its offering sets one. */
    public static ServiceRules of(ServiceSnapshot service, UUID providerId) {
        return of(service).lasting(Duration.ofMinutes(service.durationMinutesWith(providerId)));
    }

    /** The same rules for an appointment of another length (buffers, grid and seats unchanged). */
    public ServiceRules lasting(Duration duration) {
        return new ServiceRules(duration.toSeconds(), bufferBeforeSeconds, bufferAfterSeconds, stepSeconds, capacity,
                minimumNoticeSeconds, maximumAdvanceSeconds);
    }

    /** The same rules without minimum notice and maximum advance. */
    ServiceRules withoutLimits() {
        return new ServiceRules(durationSeconds, bufferBeforeSeconds, bufferAfterSeconds, stepSeconds, capacity, 0,
                Long.MAX_VALUE / 4);
    }

    /** Start of the interval a booking at {@code start} occupies. */
    public long occupiedStart(long start) {
        return start - bufferBeforeSeconds;
    }

    /** End (exclusive) of the interval a booking at {@code start} occupies. */
    public long occupiedEnd(long start) {
        return start + durationSeconds + bufferAfterSeconds;
    }
}
