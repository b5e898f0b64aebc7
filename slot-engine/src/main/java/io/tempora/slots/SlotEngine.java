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
    /** Below this many offers a comparison sort is as quick as the radix sort's passes. */
    private static final int RADIX_SORT_FROM = 256;
    private static final int RADIX_BITS = 11;
    private static final int RADIX_MASK = (1 << RADIX_BITS) - 1;

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
        ServiceRules[] rulesOf = new ServiceRules[query.providers().size()];
        long[] offers = new long[1024];
        int count = 0;
        for (int provider = 0; provider < rulesOf.length; provider++) {
            ProviderCalendar calendar = query.providers().get(provider);
            ServiceRules rules = query.rules(provider);
            rulesOf[provider] = rules;
            long longestBooking = calendar.longestBooking();
            long[] windows = calendar.windows();
            Booking[] bookings = calendar.bookings();
            long[] bookingStarts = calendar.bookingStarts();
            long[] timeOff = calendar.timeOff();
            // starts only grow, so the first booking that can reach one and the first time off
            // that has not ended only move forward
            int firstReaching = 0;
            int firstTimeOff = 0;
            for (int w = 0; w < windows.length; w += 2) {
                long windowStart = windows[w];
                long windowEnd = windows[w + 1];
                long first = windowStart + ceilToStep(Math.max(service.bufferBeforeSeconds(), earliest - windowStart),
                        service.stepSeconds());
                for (long start = first; start <= latest; start += service.stepSeconds()) {
                    long occupiedEnd = rules.occupiedEnd(start);
                    if (occupiedEnd > windowEnd) {
                        break;
                    }
                    long occupiedStart = rules.occupiedStart(start);
                    while (firstTimeOff < timeOff.length && timeOff[firstTimeOff + 1] <= occupiedStart) {
                        firstTimeOff += 2;
                    }
                    if (firstTimeOff < timeOff.length && timeOff[firstTimeOff] < occupiedEnd) {
                        continue;
                    }
                    while (firstReaching < bookingStarts.length && bookingStarts[firstReaching] < occupiedStart - longestBooking) {
                        firstReaching++;
                    }
                    int remaining = remainingSeats(bookings, bookingStarts, firstReaching, rules, start, occupiedStart,
                            occupiedEnd);
                    if (remaining < query.seats()) {
                        continue;
                    }
                    if (count == offers.length) {
                        offers = Arrays.copyOf(offers, count * 2);
                    }
                    offers[count++] = offer(start - query.from(), provider, remaining);
                }
            }
        }
        return collect(query, rulesOf, byStart(offers, count), count);
    }

    /**
     * Seats a provider has left at {@code start}, or -1 when another booking keeps it busy: a
     * booking of the same service at the same start shares its seats, any other overlapping
     * booking blocks the provider.
     */
    static int remainingSeats(ProviderCalendar calendar, ServiceRules service, long start, long occupiedStart,
                              long occupiedEnd, long longestBooking) {
        long[] starts = calendar.bookingStarts();
        return remainingSeats(calendar.bookings(), starts, SortedLongs.countBelow(starts, occupiedStart - longestBooking),
                service, start, occupiedStart, occupiedEnd);
    }

    /**
     * @param bookings the provider's bookings by start
     * @param starts   their occupied starts
     * @param from     the first of them that can reach the interval (none before it lasts that long)
     */
    private static int remainingSeats(Booking[] bookings, long[] starts, int from, ServiceRules service, long start,
                                      long occupiedStart, long occupiedEnd) {
        int used = 0;
        for (int i = from; i < starts.length; i++) {
            if (starts[i] >= occupiedEnd) {
                break;
            }
            Booking booking = bookings[i];
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
        for (int i = SortedLongs.countBelow(calendar.bookingStarts(), occupiedStart - longestBooking); i < bookings.length; i++) {
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

    /**
     * Turns the sorted offers into slots, applying the resources shared by all providers. With
     * providers of different durations, the new sessions are counted as if each lasted the longest
     * of them (never more than can be booked, at least the one any of them can take).
     */
    private static List<Slot> collect(SlotQuery query, ServiceRules[] rulesOf, long[] offers, int count) {
        ServiceRules service = query.service();
        List<Slot> slots = new ArrayList<>();
        List<Requirement.Sweep> requirements = query.requirements().stream().map(Requirement::sweep).toList();
        // the offers that become candidates move to the front, where the slots' lists read them
        int kept = 0;
        int i = 0;
        while (i < count) {
            long offset = offsetOf(offers[i]);
            int end = i;
            while (end < count && offsetOf(offers[end]) == offset) {
                end++;
            }
            long start = query.from() + offset;
            FreeSessions free = new FreeSessions(requirements, service.occupiedStart(start));
            int firstCandidate = kept;
            int sessionSeats = 0;
            int newSessionProviders = 0;
            long longestNewSessionEnd = start;
            long latestEnd = start;
            for (int k = i; k < end; k++) {
                int provider = providerOf(offers[k]);
                int remaining = seatsOf(offers[k]);
                ServiceRules rules = rulesOf[provider];
                boolean joinsSession = remaining < service.capacity();
                if (joinsSession) {
                    sessionSeats += remaining;
                } else if (free.until(rules.occupiedEnd(start)) > 0) {
                    newSessionProviders++;
                    longestNewSessionEnd = Math.max(longestNewSessionEnd, rules.occupiedEnd(start));
                } else {
                    continue;
                }
                latestEnd = Math.max(latestEnd, start + rules.durationSeconds());
                offers[kept++] = offers[k];
            }
            if (kept > firstCandidate) {
                int newSessions = newSessionProviders == 0 ? 0
                        : Math.max(1, Math.min(newSessionProviders, free.until(longestNewSessionEnd)));
                slots.add(new Slot(start, latestEnd, sessionSeats + newSessions * service.capacity(),
                        new Candidates(offers, firstCandidate, kept - firstCandidate, start, rulesOf)));
            }
            i = end;
        }
        return slots;
    }

    /**
     * An offer packed in one long, so that sorting the longs orders the offers by start: the start's
     * offset from the query's {@code from}, then the provider's index, then the seats left.
     */
    private static long offer(long offset, int provider, int seats) {
        return (offset << (PROVIDER_BITS + SEAT_BITS)) | ((long) provider << SEAT_BITS) | seats;
    }

    /** Seconds from the query's {@code from} to the start of an offer. */
    private static long offsetOf(long offer) {
        return offer >>> (PROVIDER_BITS + SEAT_BITS);
    }

    /** The index in the query of the provider making an offer. */
    static int providerOf(long offer) {
        return (int) (offer >>> SEAT_BITS) & PROVIDER_MASK;
    }

    /** The seats the provider making an offer has left at its start. */
    static int seatsOf(long offer) {
        return (int) offer & SEAT_MASK;
    }

    /**
     * How many new sessions the resources allow from one start, remembering the last end asked:
     * most providers share one duration. The starts come in order, as the requirements' sweeps need.
     */
    private static final class FreeSessions {

        private final List<Requirement.Sweep> requirements;
        private final long start;
        private long lastEnd = Long.MIN_VALUE;
        private int lastSessions;

        FreeSessions(List<Requirement.Sweep> requirements, long start) {
            this.requirements = requirements;
            this.start = start;
        }

        /** Unbounded without requirements. */
        int until(long end) {
            if (end != lastEnd) {
                lastSessions = Integer.MAX_VALUE;
                for (Requirement.Sweep requirement : requirements) {
                    lastSessions = Math.min(lastSessions, requirement.sessionsFreeDuring(start, end));
                    if (lastSessions == 0) {
                        break;
                    }
                }
                lastEnd = end;
            }
            return lastSessions;
        }
    }

    /**
     * The offers ordered by start, and for one start in the order they were made (by provider):
     * a stable radix sort on the start's bits, as the offers come in one sorted run per provider
     * and window, hundreds of runs that a comparison sort would merge pass after pass.
     */
    static long[] byStart(long[] offers, int count) {
        if (count < RADIX_SORT_FROM) {
            Arrays.sort(offers, 0, count);
            return offers;
        }
        long largest = 0;
        for (int i = 0; i < count; i++) {
            largest = Math.max(largest, offsetOf(offers[i]));
        }
        int bits = 64 - Long.numberOfLeadingZeros(largest);
        long[] from = offers;
        long[] to = new long[count];
        int[] counts = new int[1 << RADIX_BITS];
        for (int shift = 0; shift < bits; shift += RADIX_BITS) {
            int digitShift = PROVIDER_BITS + SEAT_BITS + shift;
            Arrays.fill(counts, 0);
            for (int i = 0; i < count; i++) {
                counts[(int) (from[i] >>> digitShift) & RADIX_MASK]++;
            }
            int position = 0;
            for (int digit = 0; digit < counts.length; digit++) {
                int inDigit = counts[digit];
                counts[digit] = position;
                position += inDigit;
            }
            for (int i = 0; i < count; i++) {
                to[counts[(int) (from[i] >>> digitShift) & RADIX_MASK]++] = from[i];
            }
            long[] sorted = to;
            to = from;
            from = sorted;
        }
        return from;
    }

    private static long ceilToStep(long offset, long step) {
        return (offset + step - 1) / step * step;
    }
}
