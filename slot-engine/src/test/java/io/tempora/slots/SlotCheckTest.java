package io.tempora.slots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.tempora.contracts.rules.Conflict;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class SlotCheckTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    private static final ServiceRules HALF_HOUR = new ServiceRules(1800, 0, 0, 900, 1, 0, 90L * 86400);
    private static final long MIDNIGHT = MONDAY.atStartOfDay(NEW_YORK).toEpochSecond();
    private static final OrganizationHours OPEN_ALL_WEEK = new OrganizationHours(NEW_YORK, List.of(), Map.of());

    /**
     * The check and the search are one rule set: on random calendars, every start of every
     * provider on a five-minute scan checks without conflict exactly when the search offers it
     * with that provider, with the same seats left.
     */
    @Property(tries = 200)
    void theCheckPassesExactlyTheStartsTheSearchOffers(@ForAll long seed) {
        SlotEnginePropertiesTest.Scenario scenario = SlotEnginePropertiesTest.scenario(new Random(seed));
        SlotQuery query = scenario.query();
        Map<Long, List<Slot.Candidate>> offered = new java.util.HashMap<>();
        for (Slot slot : SlotEngine.slots(query)) {
            offered.put(slot.start(), slot.candidates());
        }
        for (long start = query.from(); start < query.to(); start += 300) {
            for (int p = 0; p < query.providers().size(); p++) {
                int provider = p;
                SlotCheck.Result result = SlotCheck.check(query.service(), query.now(), query.seats(),
                        query.providers().get(p), start, query.requirements(), List.of());
                Slot.Candidate candidate = offered.getOrDefault(start, List.of()).stream()
                        .filter(c -> c.provider() == provider).findFirst().orElse(null);
                assertEquals(candidate != null, result.bookable(), "provider " + p + " at " + start + ", "
                        + result.conflicts() + " in " + scenario);
                if (candidate != null) {
                    assertEquals(candidate.remainingSeats(), result.remainingSeats());
                }
            }
        }
    }

    @Test
    void everyObstacleIsReportedInPriorityOrder() {
        ProviderCalendar calendar = calendar(Map.of(MONDAY, DayOverride.closedDay()),
                booking(epoch(MONDAY, 10, 0), epoch(MONDAY, 11, 0), false, 1));
        Requirement noRoom = room(1, new long[] {epoch(MONDAY, 9, 0), epoch(MONDAY, 12, 0)});

        SlotCheck.Result result = SlotCheck.check(HALF_HOUR, epoch(MONDAY, 12, 0), 1, calendar, epoch(MONDAY, 10, 0),
                List.of(noRoom), List.of());

        assertEquals(List.of(Conflict.PAST, Conflict.APPOINTMENT_CONFLICT, Conflict.AVAILABILITY_EXCEPTION_CONFLICT,
                Conflict.RESOURCE_CONFLICT), result.conflicts());
    }

    @Test
    void outsideTheWeeklyHoursIsNotAnException() {
        ProviderCalendar calendar = calendar(Map.of());

        assertEquals(List.of(Conflict.OUTSIDE_DEFAULT_AVAILABILITY), SlotCheck.check(HALF_HOUR, MIDNIGHT, 1, calendar,
                epoch(MONDAY, 18, 0), List.of(), List.of()).conflicts());
        assertEquals(List.of(), SlotCheck.check(HALF_HOUR, MIDNIGHT, 1, calendar, epoch(MONDAY, 9, 0), List.of(),
                List.of()).conflicts());
    }

    @Test
    void aStartOffTheServicesGridIsOutsideAvailability() {
        ProviderCalendar calendar = calendar(Map.of());

        assertEquals(List.of(Conflict.OUTSIDE_DEFAULT_AVAILABILITY), SlotCheck.check(HALF_HOUR, MIDNIGHT, 1, calendar,
                epoch(MONDAY, 9, 7), List.of(), List.of()).conflicts());
        assertEquals(List.of(), SlotCheck.check(HALF_HOUR, MIDNIGHT, 1, calendar, epoch(MONDAY, 9, 15), List.of(),
                List.of()).conflicts());
    }

    @Test
    void aGroupBookingAtTheSameStartLeavesItsSeatsAndKeepsItsRoom() {
        ServiceRules yoga = new ServiceRules(3600, 0, 0, 3600, 8, 0, 90L * 86400);
        Booking group = booking(epoch(MONDAY, 10, 0), epoch(MONDAY, 11, 0), true, 6);
        ProviderCalendar calendar = calendar(Map.of(), group);
        Requirement roomTakenByTheGroup = room(1, new long[] {epoch(MONDAY, 10, 0), epoch(MONDAY, 11, 0)});

        SlotCheck.Result joining = SlotCheck.check(yoga, MIDNIGHT, 2, calendar, epoch(MONDAY, 10, 0),
                List.of(roomTakenByTheGroup), List.of());
        SlotCheck.Result tooMany = SlotCheck.check(yoga, MIDNIGHT, 3, calendar, epoch(MONDAY, 10, 0),
                List.of(roomTakenByTheGroup), List.of());

        assertEquals(List.of(), joining.conflicts());
        assertEquals(2, joining.remainingSeats());
        assertEquals(group, joining.session());
        assertEquals(List.of(Conflict.APPOINTMENT_CONFLICT), tooMany.conflicts());
    }

    @Test
    void aWindowEndingAtMidnightOffersItsLastSlot() {
        ProviderHours lateShift = new ProviderHours(NEW_YORK, List.of(new Schedule(MONDAY.minusDays(7), null,
                List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(22, 0), io.tempora.contracts.rules.TimesOfDay.END_OF_DAY)),
                List.of())), Map.of(), false);
        WorkingWindows.Windows windows = WorkingWindows.of(lateShift, OPEN_ALL_WEEK,
                MONDAY.atStartOfDay(NEW_YORK).toInstant(), MONDAY.plusDays(1).atStartOfDay(NEW_YORK).toInstant());
        ProviderCalendar calendar = new ProviderCalendar(windows.effective(), windows.regular(), Spans.EMPTY, new Booking[0]);

        List<Slot> slots = SlotEngine.slots(new SlotQuery(MIDNIGHT, MIDNIGHT + 86_400, MIDNIGHT, HALF_HOUR, 1,
                List.of(calendar), List.of()));

        assertEquals(epoch(MONDAY, 23, 30), slots.get(slots.size() - 1).start());
        assertEquals(MIDNIGHT + 86_400, slots.get(slots.size() - 1).end());
    }

    /** The example: one room of capacity 2, two free providers, a class of 8: two sessions can be booked. */
    @Test
    void remainingCapacityCountsEverySessionARoomOfCapacityTwoCanHold() {
        ServiceRules yoga = new ServiceRules(3600, 0, 0, 3600, 8, 0, 90L * 86400);
        Requirement studio = new Requirement(UUID.randomUUID(), 1,
                List.of(new Resource(UUID.randomUUID(), "Studio", 2, Spans.EMPTY)));

        List<Slot> slots = SlotEngine.slots(new SlotQuery(MIDNIGHT, MIDNIGHT + 86_400, MIDNIGHT, yoga, 1,
                List.of(calendar(Map.of()), calendar(Map.of())), List.of(studio)));

        assertEquals(16, slots.get(0).remainingCapacity());
    }

    /** A provider who takes 90 minutes for the hour's service: their last start is earlier, and their slots end later. */
    @Test
    void eachProviderIsOfferedWithTheirOwnDuration() {
        ServiceRules hour = new ServiceRules(3600, 0, 0, 1800, 1, 0, 90L * 86400);
        SlotQuery query = new SlotQuery(MIDNIGHT, MIDNIGHT + 86_400, MIDNIGHT, hour, 1,
                List.of(calendar(Map.of()), calendar(Map.of())), List.of(),
                List.of(hour, hour.lasting(java.time.Duration.ofMinutes(90))));

        List<Slot> slots = SlotEngine.slots(query);

        Slot last = slots.get(slots.size() - 1);
        assertEquals(epoch(MONDAY, 16, 0), last.start());
        assertEquals(List.of(0), last.candidates().stream().map(Slot.Candidate::provider).toList());
        Slot morning = slots.get(0);
        assertEquals(List.of(epoch(MONDAY, 10, 0), epoch(MONDAY, 10, 30)),
                morning.candidates().stream().map(Slot.Candidate::end).toList());
        assertEquals(epoch(MONDAY, 10, 30), morning.end(), "the latest end of those who can take it");
        assertEquals(epoch(MONDAY, 15, 30), slots.get(slots.size() - 2).start());
        assertEquals(2, slots.get(slots.size() - 2).candidates().size(), "15:30 + 90 minutes ends at 17:00");
    }

    /** One room for two providers of different durations: one session at a time, whoever takes it. */
    @Test
    void sessionsOfDifferentLengthsShareTheRoomWithoutPromisingMore() {
        ServiceRules hour = new ServiceRules(3600, 0, 0, 3600, 4, 0, 90L * 86400);
        Requirement room = room(1, Spans.EMPTY);
        SlotQuery query = new SlotQuery(MIDNIGHT, MIDNIGHT + 86_400, MIDNIGHT, hour, 1,
                List.of(calendar(Map.of()), calendar(Map.of())), List.of(room),
                List.of(hour, hour.lasting(java.time.Duration.ofMinutes(30))));

        Slot first = SlotEngine.slots(query).get(0);

        assertEquals(2, first.candidates().size());
        assertEquals(4, first.remainingCapacity());
    }

    @Test
    void sessionsNeedDistinctResourcesEvenWhenOneHasRoomForMany() {
        long from = epoch(MONDAY, 9, 0);
        long to = epoch(MONDAY, 10, 0);
        Requirement twoRooms = new Requirement(UUID.randomUUID(), 2, List.of(
                new Resource(UUID.randomUUID(), "Hall", 5, Spans.EMPTY),
                new Resource(UUID.randomUUID(), "Annex", 1, Spans.EMPTY)));
        Requirement threeRooms = new Requirement(UUID.randomUUID(), 2, List.of(
                new Resource(UUID.randomUUID(), "A", 2, Spans.EMPTY),
                new Resource(UUID.randomUUID(), "B", 2, Spans.EMPTY),
                new Resource(UUID.randomUUID(), "C", 2, new long[] {from, to})));

        assertEquals(1, twoRooms.sweep().sessionsFreeDuring(from, to));
        assertEquals(2, threeRooms.sweep().sessionsFreeDuring(from, to));
    }

    @Test
    void theBookingsOfOneSessionHoldAResourceOnce() {
        Session session = new Session(UUID.randomUUID(), UUID.randomUUID(), epoch(MONDAY, 10, 0));
        Resource room = Resource.held(UUID.randomUUID(), "Room", 2, List.of(
                new Allocation(epoch(MONDAY, 10, 0), epoch(MONDAY, 11, 0), session),
                new Allocation(epoch(MONDAY, 10, 0), epoch(MONDAY, 11, 0), session)));

        assertEquals(1, room.spareDuring(epoch(MONDAY, 10, 0), epoch(MONDAY, 11, 0)));
    }

    @Test
    void resourcesAreChosenByNameAsPeopleReadIt() {
        List<String> names = List.of("room 10", "Room 2", "Room 1", "annex");
        Requirement rooms = new Requirement(UUID.randomUUID(), 4, names.stream()
                .map(name -> new Resource(UUID.randomUUID(), name, 1, Spans.EMPTY)).toList());

        assertEquals(List.of("annex", "Room 1", "Room 2", "room 10"),
                rooms.resources().stream().map(Resource::name).toList());
    }

    @Test
    void whenTooFewAreFreeTheCheckSuggestsTheFreeOnesAndSaysHowManyAreMissing() {
        long busyFrom = epoch(MONDAY, 9, 0);
        Requirement chairs = new Requirement(UUID.randomUUID(), 3, List.of(
                new Resource(UUID.randomUUID(), "Chair 1", 1, Spans.EMPTY),
                new Resource(UUID.randomUUID(), "Chair 2", 1, new long[] {busyFrom, busyFrom + 3600}),
                new Resource(UUID.randomUUID(), "Chair 3", 1, Spans.EMPTY)));

        SlotCheck.Result result = SlotCheck.check(HALF_HOUR, MIDNIGHT, 1, calendar(Map.of()), busyFrom, List.of(chairs),
                List.of());

        assertEquals(List.of(Conflict.RESOURCE_CONFLICT), result.conflicts());
        Requirement.Choice choice = result.resources().get(0);
        assertEquals(List.of(chairs.resources().get(0).id(), chairs.resources().get(2).id()), choice.picked());
        assertEquals(1, choice.missing());
    }

    @Test
    void staffOverridingTakeABusyChosenResourceButNeverASeatThatIsTaken() {
        long start = epoch(MONDAY, 9, 0);
        Resource busyRoom = new Resource(UUID.randomUUID(), "Room 1", 1, new long[] {start, start + 3600});
        Requirement room = new Requirement(UUID.randomUUID(), 1, List.of(busyRoom));

        SlotCheck.Result overriding = SlotCheck.capacity(HALF_HOUR, 1, new Booking[0], start, List.of(room),
                List.of(busyRoom.id()), true);
        SlotCheck.Result seatTaken = SlotCheck.capacity(HALF_HOUR, 1,
                new Booking[] {booking(start, start + 1800, true, 1)}, start, List.of(room), List.of(busyRoom.id()), true);

        assertEquals(List.of(busyRoom.id()), overriding.pickedResources());
        assertEquals(List.of(Conflict.RESOURCE_CONFLICT), overriding.conflicts(), "kept as a warning");
        assertTrue(seatTaken.conflicts().contains(Conflict.APPOINTMENT_CONFLICT));
    }

    @Test
    void namesCompareAsTotalOrder() {
        Set<String> seen = new HashSet<>();
        List<String> names = List.of("a", "A", "a1", "a01", "a 1", "b", "10", "9", "");
        for (String a : names) {
            for (String b : names) {
                int ab = Integer.signum(ResourceOrder.compareNames(a, b));
                int ba = Integer.signum(ResourceOrder.compareNames(b, a));
                assertEquals(-ab, ba, a + " vs " + b);
                assertEquals(a.equals(b), ab == 0, a + " vs " + b);
            }
            assertNotNull(a);
            seen.add(a);
        }
    }

    private static Requirement room(int capacity, long[] allocations) {
        return new Requirement(UUID.randomUUID(), 1, List.of(new Resource(UUID.randomUUID(), "Room", capacity, allocations)));
    }

    private static Booking booking(long start, long end, boolean sameService, int seats) {
        return new Booking(UUID.randomUUID(), start, end, start, sameService, seats);
    }

    private static ProviderCalendar calendar(Map<LocalDate, DayOverride> overrides, Booking... bookings) {
        ProviderHours hours = new ProviderHours(NEW_YORK, List.of(new Schedule(MONDAY.minusDays(7), null,
                List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))), List.of())),
                overrides, false);
        WorkingWindows.Windows windows = WorkingWindows.of(hours, OPEN_ALL_WEEK,
                MONDAY.atStartOfDay(NEW_YORK).toInstant(), MONDAY.plusDays(1).atStartOfDay(NEW_YORK).toInstant());
        return new ProviderCalendar(windows.effective(), windows.regular(), Spans.EMPTY, bookings);
    }

    private static long epoch(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(NEW_YORK).toEpochSecond();
    }
}
