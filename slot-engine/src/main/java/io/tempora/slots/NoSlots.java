package io.tempora.slots;

import java.util.List;

import io.tempora.contracts.rules.NoSlotReason;

/**
 * Why a provider has no slot in a range, for "who has time": each rule of {@link SlotEngine} in
 * turn, from the calendar to the bookings, the first that leaves nothing being the reason.
 */
public final class NoSlots {

    private NoSlots() {
    }

    /** For a provider the one-provider {@code query} offers nothing: why. */
    public static NoSlotReason reason(SlotQuery query) {
        ProviderCalendar calendar = query.providers().get(0);
        ServiceRules service = query.service();
        NoSlotReason calendarReason = calendarReason(calendar, query.from(), query.to());
        if (calendarReason != null) {
            return calendarReason;
        }
        long[] working = Spans.subtract(Spans.intersect(calendar.windows(), new long[] {query.from(), query.to()}),
                calendar.timeOff());
        if (working[working.length - 1] <= query.now()) {
            return NoSlotReason.PAST;
        }
        if (query.from() > query.now() + service.maximumAdvanceSeconds()) {
            return NoSlotReason.BEYOND_MAXIMUM_ADVANCE;
        }
        SlotQuery anyTime = new SlotQuery(query.from(), query.to(), query.from(), service.withoutLimits(),
                query.seats(), List.of(calendar.withoutBookings()), List.of());
        if (SlotEngine.slots(anyTime).isEmpty()) {
            return NoSlotReason.HOURS_TOO_SHORT;
        }
        SlotQuery unbooked = new SlotQuery(query.from(), query.to(), query.now(), service, query.seats(),
                List.of(calendar.withoutBookings()), List.of());
        if (SlotEngine.slots(unbooked).isEmpty()) {
            return NoSlotReason.NOTICE;
        }
        SlotQuery withoutResources = new SlotQuery(query.from(), query.to(), query.now(), service, query.seats(),
                List.of(calendar), List.of());
        return SlotEngine.slots(withoutResources).isEmpty() ? NoSlotReason.FULLY_BOOKED : NoSlotReason.NO_FREE_RESOURCE;
    }

    /**
     * Why a provider has no free time at all in {@code [from, to)}, service aside: off, closed,
     * away, or null when it works some of it.
     */
    public static NoSlotReason calendarReason(ProviderCalendar calendar, long from, long to) {
        long[] range = {from, to};
        long[] working = Spans.intersect(calendar.windows(), range);
        if (working.length == 0) {
            return Spans.intersect(calendar.regular(), range).length == 0 ? NoSlotReason.OFF : NoSlotReason.CLOSED;
        }
        return Spans.subtract(working, calendar.timeOff()).length == 0 ? NoSlotReason.TIME_OFF : null;
    }
}
