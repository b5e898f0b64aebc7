package io.tempora.slots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class SlotCheckTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    private static final ServiceRules HALF_HOUR = new ServiceRules(1800, 0, 0, 900, 1, 0, 90L * 86400);
    private static final long MIDNIGHT = MONDAY.atStartOfDay(NEW_YORK).toEpochSecond();
    private static final OrganizationHours OPEN_ALL_WEEK = new OrganizationHours(NEW_YORK, List.of(), Map.of());

    @Property(tries = 200)
    void everyOfferedStartChecksWithoutConflict(@ForAll long seed) {
        SlotEnginePropertiesTest.Scenario scenario = SlotEnginePropertiesTest.scenario(new Random(seed));
        SlotQuery query = scenario.query();
        for (Slot slot : SlotEngine.slots(query)) {
            for (Slot.Candidate candidate : slot.candidates()) {
                SlotCheck.Result result = SlotCheck.check(query.service(), query.now(), query.seats(),
                        query.providers().get(candidate.provider()), slot.start(), query.requirements());
                assertEquals(List.of(), result.conflicts(), "start " + slot.start() + " of " + scenario);
                assertEquals(candidate.remainingSeats(), result.remainingSeats());
            }
        }
    }

    @Test
    void everyObstacleIsReportedInPriorityOrder() {
        ProviderCalendar calendar = calendar(Map.of(MONDAY, DayOverride.closedDay()),
                new Booking(epoch(MONDAY, 10, 0), epoch(MONDAY, 11, 0), epoch(MONDAY, 10, 0), false, 1));
        Requirement noRoom = new Requirement(1, List.of(new Resource(1,
                new long[] {epoch(MONDAY, 9, 0), epoch(MONDAY, 12, 0)})));

        SlotCheck.Result result = SlotCheck.check(HALF_HOUR, epoch(MONDAY, 12, 0), 1, calendar, epoch(MONDAY, 10, 0),
                List.of(noRoom));

        assertEquals(List.of(Conflict.PAST, Conflict.APPOINTMENT_CONFLICT, Conflict.AVAILABILITY_EXCEPTION_CONFLICT,
                Conflict.RESOURCE_CONFLICT), result.conflicts());
    }

    @Test
    void outsideTheWeeklyHoursIsNotAnException() {
        ProviderCalendar calendar = calendar(Map.of());

        assertEquals(List.of(Conflict.OUTSIDE_DEFAULT_AVAILABILITY), SlotCheck.check(HALF_HOUR, MIDNIGHT, 1, calendar,
                epoch(MONDAY, 18, 0), List.of()).conflicts());
        assertEquals(List.of(), SlotCheck.check(HALF_HOUR, MIDNIGHT, 1, calendar, epoch(MONDAY, 9, 0), List.of()).conflicts());
    }

    @Test
    void aGroupBookingAtTheSameStartLeavesItsSeatsAndKeepsItsRoom() {
        ServiceRules yoga = new ServiceRules(3600, 0, 0, 3600, 8, 0, 90L * 86400);
        ProviderCalendar calendar = calendar(Map.of(),
                new Booking(epoch(MONDAY, 10, 0), epoch(MONDAY, 11, 0), epoch(MONDAY, 10, 0), true, 6));
        Requirement roomTakenByTheGroup = new Requirement(1, List.of(new Resource(1,
                new long[] {epoch(MONDAY, 10, 0), epoch(MONDAY, 11, 0)})));

        SlotCheck.Result joining = SlotCheck.check(yoga, MIDNIGHT, 2, calendar, epoch(MONDAY, 10, 0), List.of(roomTakenByTheGroup));
        SlotCheck.Result tooMany = SlotCheck.check(yoga, MIDNIGHT, 3, calendar, epoch(MONDAY, 10, 0), List.of(roomTakenByTheGroup));

        assertEquals(List.of(), joining.conflicts());
        assertEquals(2, joining.remainingSeats());
        assertEquals(List.of(Conflict.APPOINTMENT_CONFLICT), tooMany.conflicts());
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
