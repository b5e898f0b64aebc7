package io.tempora.provider.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.tempora.contracts.WeeklyBlock;

/**
 * Which of a solo practice's appointments can become bookings of its practitioner. Plain rules,
 * in the file's order: an appointment is placed unless its service is unknown, it ends before it
 * starts, it falls on a holiday or outside the business hours of its day (in the practice's time
 * zone), or it overlaps one placed before it (in this file or an earlier run): then it is
 * reported with the reason. Cancelled appointments occupy nothing and are kept for the record
 * wherever they lie.
 */
final class AppointmentPlacement {

    enum Reason {
        UNKNOWN_SERVICE, ENDS_BEFORE_IT_STARTS, ON_A_HOLIDAY, OUTSIDE_BUSINESS_HOURS, OVERLAPS_ANOTHER
    }

    record Appointment(String externalId, String serviceExternalId, Instant start, Instant end, boolean cancelled) {
    }

    /** @param reason null when the appointment is placed */
    record Decision(Appointment appointment, Reason reason, String detail) {
        boolean placed() {
            return reason == null;
        }
    }

    /** An appointment that already occupies the practitioner's time. */
    record Occupied(String externalId, Instant start, Instant end) {
    }

    private final ZoneId zone;
    private final List<WeeklyBlock> businessHours;
    private final Set<LocalDate> holidays;
    private final Set<String> services;

    AppointmentPlacement(ZoneId zone, List<WeeklyBlock> businessHours, Set<LocalDate> holidays, Set<String> services) {
        this.zone = zone;
        this.businessHours = List.copyOf(businessHours);
        this.holidays = Set.copyOf(holidays);
        this.services = Set.copyOf(services);
    }

    List<Decision> place(List<Appointment> appointments, List<Occupied> alreadyOccupied) {
        TreeMap<Instant, Occupied> occupied = new TreeMap<>();
        alreadyOccupied.forEach(taken -> occupied.put(taken.start(), taken));
        List<Decision> decisions = new ArrayList<>(appointments.size());
        for (Appointment appointment : appointments) {
            Decision decision = decide(appointment, occupied);
            if (decision.placed() && !appointment.cancelled()) {
                occupied.put(appointment.start(), new Occupied(appointment.externalId(), appointment.start(), appointment.end()));
            }
            decisions.add(decision);
        }
        return decisions;
    }

    private Decision decide(Appointment appointment, TreeMap<Instant, Occupied> occupied) {
        if (!services.contains(appointment.serviceExternalId())) {
            return refused(appointment, Reason.UNKNOWN_SERVICE, "no service " + appointment.serviceExternalId() + " in the file");
        }
        if (!appointment.start().isBefore(appointment.end())) {
            return refused(appointment, Reason.ENDS_BEFORE_IT_STARTS, "end is not after start");
        }
        if (appointment.cancelled()) {
            return new Decision(appointment, null, null);
        }
        ZonedDateTime start = appointment.start().atZone(zone);
        ZonedDateTime end = appointment.end().atZone(zone);
        if (holidays.contains(start.toLocalDate())) {
            return refused(appointment, Reason.ON_A_HOLIDAY, start.toLocalDate() + " is a holiday");
        }
        boolean withinHours = start.toLocalDate().equals(end.toLocalDate()) && businessHours.stream().anyMatch(block ->
                block.dayOfWeek() == start.getDayOfWeek()
                        && !start.toLocalTime().isBefore(block.start())
                        && !end.toLocalTime().isAfter(block.end()));
        if (!withinHours) {
            return refused(appointment, Reason.OUTSIDE_BUSINESS_HOURS,
                    start.toLocalDateTime() + " to " + end.toLocalTime() + " is outside the business hours");
        }
        Occupied clash = overlapping(occupied, appointment);
        if (clash != null) {
            return refused(appointment, Reason.OVERLAPS_ANOTHER, "overlaps appointment " + clash.externalId());
        }
        return new Decision(appointment, null, null);
    }

    /** Placed appointments never overlap one another, so only the neighbours by start can clash. */
    private static Occupied overlapping(TreeMap<Instant, Occupied> occupied, Appointment appointment) {
        Map.Entry<Instant, Occupied> before = occupied.floorEntry(appointment.start());
        if (before != null && before.getValue().end().isAfter(appointment.start())) {
            return before.getValue();
        }
        Map.Entry<Instant, Occupied> after = occupied.higherEntry(appointment.start());
        if (after != null && after.getKey().isBefore(appointment.end())) {
            return after.getValue();
        }
        return null;
    }

    private static Decision refused(Appointment appointment, Reason reason, String detail) {
        return new Decision(appointment, reason, detail);
    }
}
