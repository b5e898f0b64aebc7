package io.tempora.slots;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks one concrete start for one provider and says everything that stands in its way, for
 * bookings and staff screens (which may override conflicts but never overbook seats).
 */
public final class SlotCheck {

    /**
     * @param remainingSeats seats the provider has left at the start (0 or less when busy)
     * @param joinsSession   the start joins an existing group booking, which already holds its resources
     */
    public record Result(List<Conflict> conflicts, int remainingSeats, boolean joinsSession) {

        public boolean bookable() {
            return conflicts.isEmpty();
        }
    }

    private SlotCheck() {
    }

    public static Result check(ServiceRules service, long now, int seats, ProviderCalendar calendar, long start,
                               List<Requirement> requirements) {
        List<Conflict> conflicts = new ArrayList<>();
        long occupiedStart = service.occupiedStart(start);
        long occupiedEnd = service.occupiedEnd(start);
        if (start < now + service.minimumNoticeSeconds()) {
            conflicts.add(Conflict.PAST);
        }
        int seatsLeft = SlotEngine.remainingSeats(calendar, service, start, occupiedStart, occupiedEnd,
                calendar.longestBooking());
        boolean busy = seatsLeft < 0;
        if (busy || seatsLeft < seats) {
            conflicts.add(Conflict.APPOINTMENT_CONFLICT);
        }
        boolean inEffective = Spans.containing(calendar.windows(), occupiedStart, occupiedEnd) >= 0;
        boolean inRegular = Spans.containing(calendar.regular(), occupiedStart, occupiedEnd) >= 0;
        if (Spans.overlaps(calendar.timeOff(), occupiedStart, occupiedEnd) || (inRegular && !inEffective)) {
            conflicts.add(Conflict.AVAILABILITY_EXCEPTION_CONFLICT);
        }
        if ((!inRegular && !inEffective) || start > now + service.maximumAdvanceSeconds()) {
            conflicts.add(Conflict.OUTSIDE_DEFAULT_AVAILABILITY);
        }
        boolean joinsSession = !busy && seatsLeft < service.capacity();
        if (!joinsSession && SlotEngine.freeSessions(requirements, occupiedStart, occupiedEnd) == 0) {
            conflicts.add(Conflict.RESOURCE_CONFLICT);
        }
        return new Result(List.copyOf(conflicts), Math.max(seatsLeft, 0), joinsSession);
    }
}
