package io.tempora.slots;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tempora.contracts.rules.Conflict;

/**
 * Checks one concrete start for one provider and says everything that stands in its way, in
 * {@link Conflict}'s order, with the seats left and the resources a booking would take. The same
 * rules as {@link SlotEngine#slots}: what it offers passes, what it does not offer fails with a
 * reason. availability-service checks calendars and capacity from its read model; booking-service
 * checks capacity ({@link #capacity}) from its own database, in the booking's transaction.
 */
public final class SlotCheck {

    /**
     * @param remainingSeats seats the provider has left at the start (0 when busy)
     * @param session        a booking of the group session at this start that the request joins, or null for a new session
     * @param resources      per required type, what a new session would take; empty when joining a session, which keeps its own
     */
    public record Result(List<Conflict> conflicts, int remainingSeats, Booking session, List<Requirement.Choice> resources) {

        public boolean bookable() {
            return conflicts.isEmpty();
        }

        public boolean joinsSession() {
            return session != null;
        }

        /** The resources a new session would take, chosen ones first. */
        public List<UUID> pickedResources() {
            return resources.stream().flatMap(choice -> choice.picked().stream()).toList();
        }
    }

    private SlotCheck() {
    }

    /**
     * Calendar and capacity: rules 1 to 5 for one provider and one start.
     *
     * @param chosen resources the client or staff asked for (any required type); empty to have them picked
     */
    public static Result check(ServiceRules service, long now, int seats, ProviderCalendar calendar, long start,
                               List<Requirement> requirements, List<UUID> chosen) {
        Result capacity = capacity(service, seats, calendar.bookings(), start, requirements, chosen, false);
        Set<Conflict> conflicts = EnumSet.noneOf(Conflict.class);
        conflicts.addAll(capacity.conflicts());
        conflicts.addAll(calendarConflicts(service, now, calendar, start));
        return new Result(List.copyOf(conflicts), capacity.remainingSeats(), capacity.session(), capacity.resources());
    }

    /**
     * Seats (rule 4) and resources (rule 5) for one provider and one start, from its bookings that
     * may overlap the start's occupied interval and the resources' allocations.
     *
     * @param overriding staff overriding conflicts: a chosen resource is taken even when busy and a
     *                   type without free resources does not block (both stay RESOURCE_CONFLICT,
     *                   to be kept as warnings); seats already taken still count
     */
    public static Result capacity(ServiceRules service, int seats, Booking[] bookings, long start,
                                  List<Requirement> requirements, List<UUID> chosen, boolean overriding) {
        Set<Conflict> conflicts = EnumSet.noneOf(Conflict.class);
        long occupiedStart = service.occupiedStart(start);
        long occupiedEnd = service.occupiedEnd(start);
        ProviderCalendar occupied = new ProviderCalendar(Spans.EMPTY, Spans.EMPTY, Spans.EMPTY, bookings);
        long longestBooking = occupied.longestBooking();
        int seatsLeft = SlotEngine.remainingSeats(occupied, service, start, occupiedStart, occupiedEnd, longestBooking);
        if (seatsLeft < seats) {
            conflicts.add(Conflict.APPOINTMENT_CONFLICT);
        }
        Booking session = seatsLeft >= 0
                ? SlotEngine.sessionAt(occupied, start, occupiedStart, occupiedEnd, longestBooking) : null;
        List<Requirement.Choice> resources = new ArrayList<>();
        if (session == null) {
            for (Requirement requirement : requirements) {
                List<UUID> ofType = chosen.stream().filter(id -> requirement.resources().stream()
                        .anyMatch(resource -> resource.id().equals(id))).toList();
                Requirement.Choice choice = requirement.choose(occupiedStart, occupiedEnd, ofType, overriding);
                resources.add(choice);
                if (!choice.satisfied()) {
                    conflicts.add(Conflict.RESOURCE_CONFLICT);
                }
            }
        }
        return new Result(List.copyOf(conflicts), Math.max(seatsLeft, 0), session, List.copyOf(resources));
    }

    /** Rules 1 to 3 without seats and resources: notice, time off and exceptions, hours, grid, advance. */
    private static Set<Conflict> calendarConflicts(ServiceRules service, long now, ProviderCalendar calendar, long start) {
        Set<Conflict> conflicts = EnumSet.noneOf(Conflict.class);
        long occupiedStart = service.occupiedStart(start);
        long occupiedEnd = service.occupiedEnd(start);
        if (start < now + service.minimumNoticeSeconds()) {
            conflicts.add(Conflict.PAST);
        }
        int effective = Spans.containing(calendar.windows(), occupiedStart, occupiedEnd);
        int regular = Spans.containing(calendar.regular(), occupiedStart, occupiedEnd);
        if (Spans.overlaps(calendar.timeOff(), occupiedStart, occupiedEnd) || (regular >= 0 && effective < 0)) {
            conflicts.add(Conflict.AVAILABILITY_EXCEPTION_CONFLICT);
        }
        long windowStart = effective >= 0 ? calendar.windows()[2 * effective]
                : regular >= 0 ? calendar.regular()[2 * regular] : start;
        boolean onGrid = (start - windowStart) % service.stepSeconds() == 0;
        if ((regular < 0 && effective < 0) || !onGrid || start > now + service.maximumAdvanceSeconds()) {
            conflicts.add(Conflict.OUTSIDE_DEFAULT_AVAILABILITY);
        }
        return conflicts;
    }
}
