package io.tempora.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.tempora.slots.Booking;
import io.tempora.slots.OrganizationHours;
import io.tempora.slots.ProviderCalendar;
import io.tempora.slots.ProviderHours;
import io.tempora.slots.Schedule;
import io.tempora.slots.ServiceRules;
import io.tempora.slots.SlotQuery;
import io.tempora.slots.Spans;
import io.tempora.slots.WeeklyHours;
import io.tempora.slots.WorkingWindows;

/**
 * A {@code slot-anchor-scenario/v1} file (see scenarios/README.md) read into the engine's terms:
 * weekly hours become schedules, busy intervals become bookings of another service.
 */
public final class Scenario {

    public final String name;
    public final Instant from;
    public final Instant to;
    public final Instant now;
    public final ServiceRules service;
    public final OrganizationHours organization;
    public final List<ProviderHours> providerHours = new ArrayList<>();
    public final List<Booking[]> busy = new ArrayList<>();
    public final List<Integer> providerIds = new ArrayList<>();

    private Scenario(JsonNode root) {
        name = root.get("name").asText();
        from = Instant.parse(root.at("/window/fromUtc").asText());
        // the file's end is the last millisecond of the last day; slot starts run up to it
        to = Instant.parse(root.at("/window/toUtc").asText()).plusMillis(1);
        now = Instant.parse(root.get("now").asText());
        JsonNode event = root.get("event");
        long length = event.get("lengthMinutes").asLong() * 60;
        service = new ServiceRules(length, event.get("beforeEventBufferMinutes").asLong() * 60,
                event.get("afterEventBufferMinutes").asLong() * 60, event.get("slotIntervalMinutes").asLong() * 60,
                1, event.get("minimumBookingNoticeMinutes").asLong() * 60, 3650L * 86400);
        organization = new OrganizationHours(ZoneId.of(root.get("organizationTimeZone").asText()), List.of(), Map.of());
        for (JsonNode provider : root.get("providers")) {
            providerIds.add(provider.get("id").asInt());
            List<WeeklyHours> weekly = new ArrayList<>();
            for (JsonNode hours : provider.get("weeklyHours")) {
                for (JsonNode day : hours.get("days")) {
                    weekly.add(new WeeklyHours(DayOfWeek.valueOf(day.asText()), LocalTime.parse(hours.get("start").asText()),
                            LocalTime.parse(hours.get("end").asText())));
                }
            }
            providerHours.add(new ProviderHours(ZoneId.of(provider.get("timeZone").asText()),
                    List.of(new Schedule(LocalDate.MIN, null, weekly, List.of())), Map.of(), false));
            List<Booking> bookings = new ArrayList<>();
            for (JsonNode interval : provider.get("busy")) {
                long start = Instant.parse(interval.get("start").asText()).getEpochSecond();
                long end = Instant.parse(interval.get("end").asText()).getEpochSecond();
                bookings.add(new Booking(new UUID(0, bookings.size()), start, end, start, false, 1));
            }
            busy.add(bookings.toArray(Booking[]::new));
        }
    }

    /**
     * A generated practice in the files' format: {@code providers} providers working 09:00-17:00 on weekdays
     * and 10:00-14:00 on Saturdays in New York, a 30-minute service on a 15-minute grid, and about 30% of
     * the working time busy in bookings of 30 to 90 minutes, over {@code days} days from a Monday.
     */
    public static Scenario generated(int providers, int days, long seed) {
        Random random = new Random(seed);
        ZoneId zone = ZoneId.of("America/New_York");
        LocalDate first = LocalDate.of(2027, 1, 4);
        ObjectMapper json = new ObjectMapper();
        var root = json.createObjectNode();
        root.put("name", "generated-" + providers + "x" + days);
        root.putObject("window").put("fromUtc", first.atStartOfDay(zone).toInstant().toString())
                .put("toUtc", first.plusDays(days).atStartOfDay(zone).toInstant().minusMillis(1).toString());
        root.put("now", first.minusDays(1).atStartOfDay(zone).toInstant().toString());
        root.putObject("event").put("lengthMinutes", 30).put("beforeEventBufferMinutes", 0)
                .put("afterEventBufferMinutes", 0).put("slotIntervalMinutes", 15).put("minimumBookingNoticeMinutes", 0);
        root.put("organizationTimeZone", zone.getId());
        var list = root.putArray("providers");
        for (int p = 0; p < providers; p++) {
            var provider = list.addObject().put("id", p).put("timeZone", zone.getId());
            var weekly = provider.putArray("weeklyHours");
            var weekdays = weekly.addObject().put("start", "09:00").put("end", "17:00").putArray("days");
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").forEach(weekdays::add);
            weekly.addObject().put("start", "10:00").put("end", "14:00").putArray("days").add("SATURDAY");
            var busy = provider.putArray("busy");
            for (int d = 0; d < days; d++) {
                LocalDate date = first.plusDays(d);
                DayOfWeek weekday = date.getDayOfWeek();
                if (weekday == DayOfWeek.SUNDAY) {
                    continue;
                }
                int open = weekday == DayOfWeek.SATURDAY ? 10 * 60 : 9 * 60;
                int close = weekday == DayOfWeek.SATURDAY ? 14 * 60 : 17 * 60;
                // bookings of 30-90 minutes at random free starts until about 30% of the day is busy
                int booked = 0;
                for (int start = open; start < close && booked < (close - open) * 3 / 10; start += 30) {
                    if (random.nextInt(100) < 30) {
                        int length = Math.min(30 * (1 + random.nextInt(3)), close - start);
                        busy.addObject()
                                .put("start", date.atTime(start / 60, start % 60).atZone(zone).toInstant().toString())
                                .put("end", date.atStartOfDay(zone).plusMinutes(start + length).toInstant().toString());
                        booked += length;
                        start += length - 30;
                    }
                }
            }
        }
        return new Scenario(root);
    }

    public static Scenario load(String file) {
        try (InputStream in = Scenario.class.getResourceAsStream("/scenarios/" + file)) {
            return new Scenario(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each provider's working windows over the range: the part of a query that reads calendars. */
    public List<ProviderCalendar> calendars() {
        List<ProviderCalendar> calendars = new ArrayList<>(providerHours.size());
        for (int i = 0; i < providerHours.size(); i++) {
            WorkingWindows.Windows windows = WorkingWindows.of(providerHours.get(i), organization, from, to);
            calendars.add(new ProviderCalendar(windows.effective(), windows.regular(), Spans.EMPTY, busy.get(i)));
        }
        return calendars;
    }

    /** "Any provider, the whole range": the query the availability endpoint answers without a provider. */
    public SlotQuery query(List<ProviderCalendar> calendars) {
        return new SlotQuery(from.getEpochSecond(), to.getEpochSecond(), now.getEpochSecond(), service, 1, calendars,
                List.of());
    }
}
