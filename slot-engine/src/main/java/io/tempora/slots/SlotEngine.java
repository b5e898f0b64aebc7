package io.tempora.slots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rules 2 to 6 of the availability rules: candidate starts on the service's step from each working
 * window's start; a start is offered by a provider when the interval it occupies (buffers
 * included) lies inside one window, meets no approved time off, the provider has the seats, and
 * the required resources are free. Bookings of the same service at the same start share it (group
 * services) and keep the resources they hold.
 */
public final class SlotEngine {

    private static final int PROVIDER_BITS = 20;
    private static final int SEAT_BITS = 12;
    private static final int SEAT_MASK = (1 << SEAT_BITS) - 1;
    private static final int PROVIDER_MASK = (1 << PROVIDER_BITS) - 1;

    private SlotEngine() {
    }

    /** Every bookable start in the query's range, in time order. */
    public static List<Slot> slots(SlotQuery query) {
        ServiceRules service = query.service();
        if (query.seats() > service.capacity() || query.providers().size() > PROVIDER_MASK
                || service.capacity() > SEAT_MASK) {
            return List.of();
        }
        long earliest = Math.max(query.from(), query.now() + service.minimumNoticeSeconds());
        long latest = Math.min(query.to() - 1, query.now() + service.maximumAdvanceSeconds());
        if (earliest > latest) {
            return List.of();
        }
        long[] offers = new long[64];
        int count = 0;
        for (int provider = 0; provider < query.providers().size(); provider++) {
            ProviderCalendar calendar = query.providers().get(provider);
            long longestBooking = calendar.longestBooking();
            long[] windows = calendar.windows();
            for (int w = 0; w < windows.length; w += 2) {
                long windowStart = windows[w];
                long windowEnd = windows[w + 1];
                long first = windowStart + ceilToStep(Math.max(service.bufferBeforeSeconds(), earliest - windowStart),
                        service.stepSeconds());
                for (long start = first; start <= latest; start += service.stepSeconds()) {
                    long occupiedEnd = service.occupiedEnd(start);
                    if (occupiedEnd > windowEnd) {
                        break;
                    }
                    long occupiedStart = service.occupiedStart(start);
                    if (Spans.overlaps(calendar.timeOff(), occupiedStart, occupiedEnd)) {
                        continue;
                    }
                    int remaining = remainingSeats(calendar, service, start, occupiedStart, occupiedEnd, longestBooking);
                    if (remaining < query.seats()) {
                        continue;
                    }
                    if (count == offers.length) {
                        offers = Arrays.copyOf(offers, count * 2);
                    }
                    offers[count++] = ((start - query.from()) << (PROVIDER_BITS + SEAT_BITS))
                            | ((long) provider << SEAT_BITS) | remaining;
                }
            }
        }
        Arrays.sort(offers, 0, count);
        return collect(query, offers, count);
    }

    /**
     * Seats a provider has left at {@code start}, or -1 when another booking keeps it busy: a
     * booking of the same service at the same start shares its seats, any other overlapping
     * booking blocks the provider.
     */
    static int remainingSeats(ProviderCalendar calendar, ServiceRules service, long start, long occupiedStart,
                              long occupiedEnd, long longestBooking) {
        Booking[] bookings = calendar.bookings();
        int used = 0;
        for (int i = firstStartingAtOrAfter(bookings, occupiedStart - longestBooking); i < bookings.length; i++) {
            Booking booking = bookings[i];
            if (booking.start() >= occupiedEnd) {
                break;
            }
            if (booking.end() <= occupiedStart) {
                continue;
            }
            if (!booking.sameService() || booking.slotStart() != start) {
                return -1;
            }
            used += booking.seats();
        }
        return service.capacity() - used;
    }

    /** A booking of the group session at {@code start} (same service, same appointment start), or null. */
    static Booking sessionAt(ProviderCalendar calendar, long start, long occupiedStart, long occupiedEnd,
                             long longestBooking) {
        Booking[] bookings = calendar.bookings();
        for (int i = firstStartingAtOrAfter(bookings, occupiedStart - longestBooking); i < bookings.length; i++) {
            Booking booking = bookings[i];
            if (booking.start() >= occupiedEnd) {
                break;
            }
            if (booking.end() > occupiedStart && booking.sameService() && booking.slotStart() == start) {
                return booking;
            }
        }
        return null;
    }

    private static int firstStartingAtOrAfter(Booking[] bookings, long time) {
        int low = 0;
        int high = bookings.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (bookings[middle].start() < time) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Turns the sorted offers into slots, applying the resources shared by all providers. */
    private static List<Slot> collect(SlotQuery query, long[] offers, int count) {
        ServiceRules service = query.service();
        List<Slot> slots = new ArrayList<>();
        int i = 0;
        while (i < count) {
            long offset = offers[i] >>> (PROVIDER_BITS + SEAT_BITS);
            int end = i;
            while (end < count && offers[end] >>> (PROVIDER_BITS + SEAT_BITS) == offset) {
                end++;
            }
            long start = query.from() + offset;
            int freeSessions = freeSessions(query.requirements(), service.occupiedStart(start), service.occupiedEnd(start));
            List<Slot.Candidate> candidates = new ArrayList<>(end - i);
            int sessionSeats = 0;
            int newSessionProviders = 0;
            for (int k = i; k < end; k++) {
                int provider = (int) (offers[k] >>> SEAT_BITS) & PROVIDER_MASK;
                int remaining = (int) offers[k] & SEAT_MASK;
                boolean joinsSession = remaining < service.capacity();
                if (joinsSession) {
                    sessionSeats += remaining;
                } else if (freeSessions > 0) {
                    newSessionProviders++;
                } else {
                    continue;
                }
                candidates.add(new Slot.Candidate(provider, remaining));
            }
            if (!candidates.isEmpty()) {
                int capacity = sessionSeats + Math.min(newSessionProviders, freeSessions) * service.capacity();
                slots.add(new Slot(start, start + service.durationSeconds(), capacity, candidates));
            }
            i = end;
        }
        return slots;
    }

    /** How many new bookings the resources allow during the interval; unbounded without requirements. */
    static int freeSessions(List<Requirement> requirements, long start, long end) {
        int sessions = Integer.MAX_VALUE;
        for (Requirement requirement : requirements) {
            sessions = Math.min(sessions, requirement.sessionsFreeDuring(start, end));
            if (sessions == 0) {
                return 0;
            }
        }
        return sessions;
    }

    private static long ceilToStep(long offset, long step) {
        return (offset + step - 1) / step * step;
    }
}
