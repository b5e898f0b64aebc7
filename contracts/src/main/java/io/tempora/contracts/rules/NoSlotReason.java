package io.tempora.contracts.rules;

/** Why a provider has no bookable time on a day: the first of these that applies. */
public enum NoSlotReason {
    /** The weekly schedule has no hours that day. */
    OFF,
    /** A holiday or a date override closes the day. */
    CLOSED,
    /** Approved time off covers the hours. */
    TIME_OFF,
    /** The day's hours have passed. */
    PAST,
    /** What is left of the day is closer than the service's minimum notice. */
    NOTICE,
    /** The day is further ahead than the service may be booked. */
    BEYOND_MAXIMUM_ADVANCE,
    /** No stretch of working time is long enough for the service with its buffers. */
    HOURS_TOO_SHORT,
    /** There would be time, but not the resources the service needs. */
    NO_FREE_RESOURCE,
    /** Working, but bookings leave no free time (for the service, when one was given). */
    FULLY_BOOKED
}
