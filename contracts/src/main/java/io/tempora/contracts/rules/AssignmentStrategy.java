package io.tempora.contracts.rules;

/** How "any provider" orders the providers who can take a booking. Ties keep the priority order. */
public enum AssignmentStrategy {
    /** The free provider with the lowest priority number. */
    FIRST_AVAILABLE_BY_PRIORITY,
    /** The free provider who was given a booking of the service longest ago, or never. */
    ROUND_ROBIN,
    /** The free provider with the fewest live bookings that day. */
    LEAST_BOOKED;

    /** Whether the strategy weighs the providers' bookings, which costs a query. */
    public boolean weighsLoad() {
        return this != FIRST_AVAILABLE_BY_PRIORITY;
    }
}
