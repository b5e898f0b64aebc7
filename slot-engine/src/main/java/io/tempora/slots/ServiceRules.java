package io.tempora.slots;

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

    /** Start of the interval a booking at {@code start} occupies. */
    public long occupiedStart(long start) {
        return start - bufferBeforeSeconds;
    }

    /** End (exclusive) of the interval a booking at {@code start} occupies. */
    public long occupiedEnd(long start) {
        return start + durationSeconds + bufferAfterSeconds;
    }
}
