package io.tempora.slots;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The availability rules computed the slow, obvious way: minute by minute, by set membership,
 * without any of the engine's interval arithmetic. The engine must agree with it exactly.
 */
final class BruteForceSlots {

    record Input(OrganizationHours organization, List<ProviderInput> providers, ServiceRules service, int seats,
                 long fromMinute, long toMinute, long nowMinute, List<RequirementInput> requirements) {
    }

    /** Time off and bookings in epoch minutes; booking intervals include their buffers. */
    record ProviderInput(ProviderHours hours, List<long[]> timeOff, List<BookingInput> bookings) {
    }

    record BookingInput(java.util.UUID id, long start, long end, long slotStart, boolean sameService, int seats) {
    }

    record ResourceInput(int capacity, List<long[]> allocations) {
    }

    record RequirementInput(int quantity, List<ResourceInput> resources) {
    }

    private BruteForceSlots() {
    }

    static List<Slot> slots(Input input) {
        long duration = input.service().durationSeconds() / 60;
        long before = input.service().bufferBeforeSeconds() / 60;
        long after = input.service().bufferAfterSeconds() / 60;
        long step = input.service().stepSeconds() / 60;
        int capacity = input.service().capacity();
        long earliest = Math.max(input.fromMinute(), input.nowMinute() + input.service().minimumNoticeSeconds() / 60);
        long latest = Math.min(input.toMinute() - 1, input.nowMinute() + input.service().maximumAdvanceSeconds() / 60);
        // per start minute: the providers offering it and their seats
        java.util.TreeMap<Long, List<Slot.Candidate>> offers = new java.util.TreeMap<>();
        long scanFrom = input.fromMinute() - 3 * 24 * 60;
        long scanTo = input.toMinute() + 3 * 24 * 60;
        for (int p = 0; p < input.providers().size(); p++) {
            ProviderInput provider = input.providers().get(p);
            boolean[] working = new boolean[(int) (scanTo - scanFrom)];
            for (long minute = scanFrom; minute < scanTo; minute++) {
                working[(int) (minute - scanFrom)] = working(input.organization(), provider.hours(), minute,
                        input.fromMinute(), input.toMinute());
            }
            for (int i = 0; i < working.length; i++) {
                if (!working[i] || (i > 0 && working[i - 1])) {
                    continue;
                }
                long runStart = scanFrom + i;
                long runEnd = runStart;
                while (runEnd < scanTo && working[(int) (runEnd - scanFrom)]) {
                    runEnd++;
                }
                for (long start = runStart; start + duration + after <= runEnd; start += step) {
                    if (start < earliest || start > latest || start - before < runStart) {
                        continue;
                    }
                    long occupiedStart = start - before;
                    long occupiedEnd = start + duration + after;
                    if (anyOverlap(provider.timeOff(), occupiedStart, occupiedEnd)) {
                        continue;
                    }
                    int used = 0;
                    boolean busy = false;
                    for (BookingInput booking : provider.bookings()) {
                        if (booking.start() < occupiedEnd && occupiedStart < booking.end()) {
                            if (booking.sameService() && booking.slotStart() == start) {
                                used += booking.seats();
                            } else {
                                busy = true;
                            }
                        }
                    }
                    if (busy || capacity - used < input.seats()) {
                        continue;
                    }
                    offers.computeIfAbsent(start, s -> new ArrayList<>()).add(new Slot.Candidate(p, capacity - used, (start + duration) * 60));
                }
            }
        }
        List<Slot> slots = new ArrayList<>();
        offers.forEach((start, candidates) -> {
            long occupiedStart = start - before;
            long occupiedEnd = start + duration + after;
            int freeSessions = Integer.MAX_VALUE;
            for (RequirementInput requirement : input.requirements()) {
                int[] spare = new int[requirement.resources().size()];
                for (int r = 0; r < spare.length; r++) {
                    ResourceInput resource = requirement.resources().get(r);
                    spare[r] = Math.max(0, resource.capacity() - overlapCount(resource.allocations(), occupiedStart, occupiedEnd));
                }
                freeSessions = Math.min(freeSessions, mostSessions(spare, requirement.quantity(), new java.util.HashMap<>()));
            }
            List<Slot.Candidate> offered = new ArrayList<>();
            int sessionSeats = 0;
            int newSessions = 0;
            for (Slot.Candidate candidate : candidates) {
                if (candidate.remainingSeats() < capacity) {
                    sessionSeats += candidate.remainingSeats();
                    offered.add(candidate);
                } else if (freeSessions > 0) {
                    newSessions++;
                    offered.add(candidate);
                }
            }
            if (!offered.isEmpty()) {
                slots.add(new Slot(start * 60, (start + duration) * 60,
                        sessionSeats + Math.min(newSessions, freeSessions) * capacity, offered));
            }
        });
        return slots;
    }

    /**
     * The most sessions that can be equipped at once, found by trying every way: each session
     * takes {@code quantity} distinct resources that still have room, in every combination.
     */
    static int mostSessions(int[] spare, int quantity, java.util.Map<String, Integer> known) {
        String state = java.util.Arrays.toString(spare);
        Integer found = known.get(state);
        if (found != null) {
            return found;
        }
        int best = 0;
        for (int[] combination : combinations(spare.length, quantity)) {
            boolean fits = true;
            for (int r : combination) {
                fits &= spare[r] > 0;
            }
            if (fits) {
                int[] rest = spare.clone();
                for (int r : combination) {
                    rest[r]--;
                }
                best = Math.max(best, 1 + mostSessions(rest, quantity, known));
            }
        }
        known.put(state, best);
        return best;
    }

    private static List<int[]> combinations(int n, int size) {
        List<int[]> all = new ArrayList<>();
        for (int mask = 0; mask < 1 << n; mask++) {
            if (Integer.bitCount(mask) == size) {
                int[] members = new int[size];
                int k = 0;
                for (int r = 0; r < n; r++) {
                    if ((mask & 1 << r) != 0) {
                        members[k++] = r;
                    }
                }
                all.add(members);
            }
        }
        return all;
    }

    /** Whether the provider works during the minute starting at {@code minute}, by the rules of every date. */
    private static boolean working(OrganizationHours organization, ProviderHours provider, long minute,
                                   long fromMinute, long toMinute) {
        ZoneId zone = provider.zone();
        LocalDate first = Instant.ofEpochSecond(fromMinute * 60).atZone(zone).toLocalDate();
        LocalDate last = Instant.ofEpochSecond(toMinute * 60).atZone(zone).toLocalDate();
        boolean working = false;
        for (LocalDate date = first; !date.isAfter(last) && !working; date = date.plusDays(1)) {
            working = workingOn(organization, provider, date, minute);
        }
        return working && (!provider.boundByBusinessHours() || businessOpen(organization, minute, fromMinute, toMinute));
    }

    private static boolean workingOn(OrganizationHours organization, ProviderHours provider, LocalDate date, long minute) {
        DayOverride own = provider.overrides().get(date);
        DayOverride organizationDay = organization.days().get(date);
        boolean holiday = organizationDay != null && organizationDay.closed();
        if (own != null) {
            return !own.closed() && !(holiday && !own.workOnHoliday()) && inAny(own.hours(), date, provider.zone(), minute);
        }
        if (holiday) {
            return false;
        }
        for (Schedule schedule : provider.schedules()) {
            if (schedule.inEffectOn(date)) {
                return inAny(spansOn(schedule.available(), date), date, provider.zone(), minute)
                        && !inAny(spansOn(schedule.breaks(), date), date, provider.zone(), minute);
            }
        }
        return false;
    }

    private static boolean businessOpen(OrganizationHours organization, long minute, long fromMinute, long toMinute) {
        ZoneId zone = organization.zone();
        LocalDate first = Instant.ofEpochSecond(fromMinute * 60).atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = Instant.ofEpochSecond(toMinute * 60).atZone(zone).toLocalDate().plusDays(1);
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            DayOverride special = organization.days().get(date);
            List<LocalSpan> hours = special != null && !special.closed() ? special.hours()
                    : spansOn(organization.businessHours(), date);
            if (inAny(hours, date, zone, minute)) {
                return true;
            }
        }
        return false;
    }

    private static List<LocalSpan> spansOn(List<WeeklyHours> weekly, LocalDate date) {
        return weekly.stream().filter(hours -> hours.day() == date.getDayOfWeek()).map(WeeklyHours::span).toList();
    }

    /**
     * Local times become instants as the rules say: {@code LocalDateTime.atZone}, a gap moving
     * forward; an end of 24:00 (held as {@link java.time.LocalTime#MAX}) is the next date's 00:00.
     */
    private static boolean inAny(List<LocalSpan> spans, LocalDate date, ZoneId zone, long minute) {
        for (LocalSpan span : spans) {
            long start = date.atTime(span.start()).atZone(zone).toEpochSecond() / 60;
            long end = (span.end().equals(java.time.LocalTime.MAX) ? date.plusDays(1).atTime(0, 0)
                    : date.atTime(span.end())).atZone(zone).toEpochSecond() / 60;
            if (start <= minute && minute < end) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyOverlap(List<long[]> intervals, long start, long end) {
        return overlapCount(intervals, start, end) > 0;
    }

    private static int overlapCount(List<long[]> intervals, long start, long end) {
        int count = 0;
        for (long[] interval : intervals) {
            for (long minute = start; minute < end; minute++) {
                if (interval[0] <= minute && minute < interval[1]) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }
}
