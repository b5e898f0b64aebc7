package io.tempora.provider.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.tempora.contracts.WeeklyBlock;
import io.tempora.provider.imports.AppointmentPlacement.Appointment;
import io.tempora.provider.imports.AppointmentPlacement.Decision;
import io.tempora.provider.imports.AppointmentPlacement.Reason;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class AppointmentPlacementTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final LocalDate HOLIDAY = MONDAY.plusDays(2);

    private final AppointmentPlacement placement = new AppointmentPlacement(BERLIN,
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY).stream()
                    .map(day -> new WeeklyBlock(day, LocalTime.of(9, 0), LocalTime.of(17, 0))).toList(),
            Set.of(HOLIDAY), Set.of("massage"));

    @Test
    void theFirstOfTwoOverlappingAppointmentsIsPlacedAndTheSecondReported() {
        List<Decision> decisions = placement.place(List.of(
                at("A-1", MONDAY, "10:00", 60), at("A-2", MONDAY, "10:30", 60), at("A-3", MONDAY, "11:00", 60)), List.of());

        assertTrue(decisions.get(0).placed());
        assertEquals(Reason.OVERLAPS_ANOTHER, decisions.get(1).reason());
        assertEquals("overlaps appointment A-1", decisions.get(1).detail());
        assertTrue(decisions.get(2).placed(), "A-3 starts when A-1 ends");
    }

    @Test
    void appointmentsOutsideHoursOnHolidaysOrOfUnknownServicesAreReportedWithTheirReason() {
        List<Decision> decisions = placement.place(List.of(
                at("early", MONDAY, "08:30", 60),
                at("late", MONDAY, "16:30", 60),
                at("thursday", MONDAY.plusDays(3), "10:00", 60),
                at("holiday", HOLIDAY, "10:00", 60),
                new Appointment("yoga", "yoga", instant(MONDAY, "12:00"), instant(MONDAY, "13:00"), false)), List.of());

        assertEquals(List.of(Reason.OUTSIDE_BUSINESS_HOURS, Reason.OUTSIDE_BUSINESS_HOURS,
                        Reason.OUTSIDE_BUSINESS_HOURS, Reason.ON_A_HOLIDAY, Reason.UNKNOWN_SERVICE),
                decisions.stream().map(Decision::reason).toList());
    }

    @Test
    void aCancelledAppointmentIsKeptAndOccupiesNothing() {
        Appointment cancelled = new Appointment("C-1", "massage", instant(MONDAY, "10:00"), instant(MONDAY, "11:00"), true);
        List<Decision> decisions = placement.place(List.of(cancelled, at("A-1", MONDAY, "10:00", 60)), List.of());

        assertTrue(decisions.get(0).placed());
        assertTrue(decisions.get(1).placed(), "the cancelled appointment does not hold its time");
    }

    @Test
    void appointmentsPlacedByAnEarlierRunStillOccupyTheirTime() {
        var earlier = new AppointmentPlacement.Occupied("A-1", instant(MONDAY, "10:00"), instant(MONDAY, "11:00"));
        Decision decision = placement.place(List.of(at("A-9", MONDAY, "10:45", 30)), List.of(earlier)).get(0);

        assertEquals(Reason.OVERLAPS_ANOTHER, decision.reason());
        assertNull(placement.place(List.of(at("A-9", MONDAY, "11:00", 30)), List.of(earlier)).get(0).reason());
    }

    /** Whatever the file holds, the confirmed appointments placed never overlap. */
    @Property
    void placedConfirmedAppointmentsNeverOverlap(@ForAll @Size(max = 60) List<@IntRange(max = 3 * 24 * 4) Integer> quarters,
                                                  @ForAll @IntRange(min = 1, max = 12) int lengthInQuarters) {
        List<Appointment> appointments = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            Instant start = MONDAY.atStartOfDay(BERLIN).toInstant().plus(Duration.ofMinutes(15L * quarters.get(i)));
            appointments.add(new Appointment("A-" + i, "massage", start,
                    start.plus(Duration.ofMinutes(15L * lengthInQuarters)), false));
        }
        List<Appointment> placed = placement.place(appointments, List.of()).stream()
                .filter(Decision::placed).map(Decision::appointment).toList();
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                Appointment a = placed.get(i);
                Appointment b = placed.get(j);
                assertFalse(a.start().isBefore(b.end()) && b.start().isBefore(a.end()), a + " overlaps " + b);
            }
        }
    }

    private static Appointment at(String id, LocalDate date, String time, int minutes) {
        Instant start = instant(date, time);
        return new Appointment(id, "massage", start, start.plus(Duration.ofMinutes(minutes)), false);
    }

    private static Instant instant(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time)).atZone(BERLIN).toInstant();
    }
}
