package io.tempora.contracts.rules;

import java.time.Duration;

/**
 * How long an appointment and its buffers may be: provider-service refuses longer services and
 * imported appointments, and booking-service relies on the bound to look for what a booking could
 * overlap only among the bookings that start at most {@link #LONGEST_OCCUPANCY} before it.
 */
public final class AppointmentLimits {

    /** The longest appointment, in minutes: a day. */
    public static final int LONGEST_APPOINTMENT_MINUTES = 1440;

    /** The longest buffer before, or after, an appointment, in minutes. */
    public static final int LONGEST_BUFFER_MINUTES = 240;

    /** {@link #LONGEST_APPOINTMENT_MINUTES} as a duration. */
    public static final Duration LONGEST_APPOINTMENT = Duration.ofMinutes(LONGEST_APPOINTMENT_MINUTES);

    /** The longest a booking occupies its provider and resources: the appointment and both buffers. */
    public static final Duration LONGEST_OCCUPANCY = LONGEST_APPOINTMENT.plusMinutes(2L * LONGEST_BUFFER_MINUTES);

    private AppointmentLimits() {
    }
}
