package io.tempora.slots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.tempora.contracts.rules.TimesOfDay;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The engine against {@link BruteForceSlots} over random calendars: schedules with breaks,
 * overrides, holidays, special and business hours (some ending at 24:00), time off, bookings
 * (group ones too), resources of capacities above one with several needed per session, on
 * ordinary days and on daylight-saving days in several zones.
 */
class SlotEnginePropertiesTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("UTC"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kolkata"));
    /** Ordinary days and the days the clocks change in the zones above. */
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2027, 3, 14), LocalDate.of(2027, 11, 7),
            LocalDate.of(2027, 3, 28), LocalDate.of(2027, 10, 31), LocalDate.of(2027, 4, 4),
            LocalDate.of(2027, 10, 3), LocalDate.of(2027, 6, 15), LocalDate.of(2027, 1, 4));

    record Scenario(BruteForceSlots.Input input, SlotQuery query, String description) {
        @Override
        public String toString() {
            return description;
        }
    }

    /** Scenarios come from a seed, so that a failing one is reproduced from the seed jqwik reports. */
    @Property(tries = 400)
    void theEngineOffersExactlyTheSlotsTheMinuteByMinuteReferenceFinds(@ForAll long seed) {
        Scenario scenario = scenario(new Random(seed));
        List<Slot> expected = BruteForceSlots.slots(scenario.input());
        List<Slot> actual = SlotEngine.slots(scenario.query());
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "slot " + i + " of " + scenario.description());
        }
        assertEquals(expected.size(), actual.size(), "number of slots; expected " + expected + " but got " + actual
                + " for " + scenario.description());
    }

    static Scenario scenario(Random random) {
        ZoneId providerZone = pick(random, ZONES);
        ZoneId organizationZone = random.nextInt(4) == 0 ? pick(random, ZONES) : providerZone;
        LocalDate day = pick(random, DAYS);
        OrganizationHours organization = new OrganizationHours(organizationZone,
                weekly(random, day, 1 + random.nextInt(2)), organizationDays(random, day));
        int providerCount = 1 + random.nextInt(3);
        long fromMinute = day.atStartOfDay(providerZone).toEpochSecond() / 60 - random.nextInt(3) * 60;
        long toMinute = day.plusDays(1).atStartOfDay(providerZone).toEpochSecond() / 60 + random.nextInt(3) * 60;
        ServiceRules service = new ServiceRules(minutes(5 * (1 + random.nextInt(24))), minutes(5 * random.nextInt(4)),
                minutes(5 * random.nextInt(4)), minutes(5 * (1 + random.nextInt(12))), 1 + random.nextInt(3),
                minutes(random.nextInt(3) * 30), minutes(random.nextInt(4) == 0 ? 600 : 100_000));
        int seats = 1 + random.nextInt(service.capacity());
        long nowMinute = fromMinute + random.nextInt(4) * 180 - 200;

        List<BruteForceSlots.ProviderInput> references = new ArrayList<>();
        List<ProviderCalendar> calendars = new ArrayList<>();
        Instant from = Instant.ofEpochSecond(fromMinute * 60);
        Instant to = Instant.ofEpochSecond(toMinute * 60);
        for (int p = 0; p < providerCount; p++) {
            ProviderHours hours = new ProviderHours(providerZone, List.of(new Schedule(day.minusDays(random.nextInt(2)),
                    random.nextBoolean() ? null : day.plusDays(random.nextInt(2)), weekly(random, day, 1 + random.nextInt(3)),
                    weekly(random, day, random.nextInt(2)))), providerOverrides(random, day), random.nextInt(3) == 0);
            List<long[]> timeOff = intervals(random, fromMinute, toMinute, random.nextInt(3), 240);
            List<BruteForceSlots.BookingInput> bookings = new ArrayList<>();
            for (int b = random.nextInt(5); b > 0; b--) {
                long slotStart = fromMinute + 5 * random.nextInt((int) (toMinute - fromMinute) / 5);
                boolean group = random.nextBoolean();
                long length = group ? service.durationSeconds() / 60 : 15 + 15 * random.nextInt(6);
                long before = group ? service.bufferBeforeSeconds() / 60 : 0;
                long after = group ? service.bufferAfterSeconds() / 60 : 0;
                bookings.add(new BruteForceSlots.BookingInput(new UUID(random.nextLong(), random.nextLong()), slotStart - before, slotStart + length + after, slotStart,
                        group, 1 + random.nextInt(2)));
            }
            references.add(new BruteForceSlots.ProviderInput(hours, timeOff, bookings));
            WorkingWindows.Windows windows = WorkingWindows.of(hours, organization, from, to);
            calendars.add(new ProviderCalendar(windows.effective(), windows.regular(), seconds(timeOff),
                    bookings.stream().map(b -> new Booking(b.id(), b.start() * 60, b.end() * 60, b.slotStart() * 60,
                            b.sameService(), b.seats())).toArray(Booking[]::new)));
        }
        List<BruteForceSlots.RequirementInput> requirementInputs = new ArrayList<>();
        List<Requirement> requirements = new ArrayList<>();
        for (int r = random.nextInt(3); r > 0; r--) {
            List<BruteForceSlots.ResourceInput> resourceInputs = new ArrayList<>();
            List<Resource> resources = new ArrayList<>();
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                int capacity = 1 + random.nextInt(3);
                List<long[]> allocations = intervals(random, fromMinute, toMinute, random.nextInt(5), 180);
                resourceInputs.add(new BruteForceSlots.ResourceInput(capacity, allocations));
                resources.add(new Resource(new UUID(random.nextLong(), random.nextLong()), "Room " + k, capacity,
                        flatSeconds(allocations)));
            }
            int quantity = 1 + random.nextInt(3);
            requirementInputs.add(new BruteForceSlots.RequirementInput(quantity, resourceInputs));
            requirements.add(new Requirement(new UUID(0, r), quantity, resources));
        }
        BruteForceSlots.Input input = new BruteForceSlots.Input(organization, references, service, seats, fromMinute,
                toMinute, nowMinute, requirementInputs);
        SlotQuery query = new SlotQuery(fromMinute * 60, toMinute * 60, nowMinute * 60, service, seats, calendars,
                requirements);
        return new Scenario(input, query, "day " + day + " in " + providerZone + " (organization " + organizationZone
                + "), " + service + ", seats " + seats + "\n" + input);
    }

    private static List<WeeklyHours> weekly(Random random, LocalDate day, int count) {
        List<WeeklyHours> hours = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DayOfWeek weekday = random.nextInt(5) == 0 ? day.getDayOfWeek().plus(1) : day.getDayOfWeek();
            LocalSpan span = span(random);
            hours.add(new WeeklyHours(weekday, span.start(), span.end()));
        }
        return hours;
    }

    /** A span of local time, often around the small hours when the clocks change, or running to 24:00. */
    private static LocalSpan span(Random random) {
        int start = switch (random.nextInt(3)) {
            case 0 -> 5 * random.nextInt(12 * 60 / 5);
            case 1 -> 60 + 5 * random.nextInt(4 * 60 / 5);
            default -> 18 * 60 + 5 * random.nextInt(6 * 60 / 5 - 1);
        };
        int end = Math.min(start + 15 + 5 * random.nextInt(10 * 60 / 5), 24 * 60);
        return new LocalSpan(LocalTime.MIN.plusMinutes(start),
                end == 24 * 60 ? TimesOfDay.END_OF_DAY : LocalTime.MIN.plusMinutes(end));
    }

    private static Map<LocalDate, DayOverride> providerOverrides(Random random, LocalDate day) {
        Map<LocalDate, DayOverride> overrides = new HashMap<>();
        if (random.nextInt(4) == 0) {
            overrides.put(day, random.nextInt(3) == 0 ? DayOverride.closedDay()
                    : new DayOverride(false, List.of(span(random)), random.nextBoolean()));
        }
        return overrides;
    }

    private static Map<LocalDate, DayOverride> organizationDays(Random random, LocalDate day) {
        Map<LocalDate, DayOverride> days = new HashMap<>();
        int kind = random.nextInt(6);
        if (kind == 0) {
            days.put(day, DayOverride.closedDay());
        } else if (kind == 1) {
            days.put(day, DayOverride.open(List.of(span(random))));
        }
        return days;
    }

    private static List<long[]> intervals(Random random, long fromMinute, long toMinute, int count, int longest) {
        List<long[]> intervals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = fromMinute + 5 * random.nextInt((int) (toMinute - fromMinute) / 5);
            intervals.add(new long[] {start, start + 5 + 5 * random.nextInt(longest / 5)});
        }
        return intervals;
    }

    /** Each interval as it is: allocations are counted, so overlapping ones must stay apart. */
    private static long[] flatSeconds(List<long[]> minuteIntervals) {
        long[] flat = new long[minuteIntervals.size() * 2];
        for (int i = 0; i < minuteIntervals.size(); i++) {
            flat[2 * i] = minuteIntervals.get(i)[0] * 60;
            flat[2 * i + 1] = minuteIntervals.get(i)[1] * 60;
        }
        return flat;
    }

    private static long[] seconds(List<long[]> minuteIntervals) {
        return Spans.normalize(flatSeconds(minuteIntervals));
    }

    private static long minutes(long minutes) {
        return minutes * 60;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
