package io.tempora.bench;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;

import io.tempora.contracts.EventEnvelope;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.OrganizationPartitioner;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.booking.OccupancySnapshot;

/**
 * Sets up the realistic organization of the HTTP load test on a running local stack: 50
 * providers with weekday and Saturday hours, a 30-minute service on a 15-minute step, two required
 * resource types (a room for every two providers, a device for every three in ten), and about 30% of
 * the providers' time booked over the next 14 days. Organization, providers, schedules, service and
 * resources go through the services' REST APIs; the bookings (~3,000) go straight onto
 * booking.occupancy.v1 as booking-service publishes them, which sets up in seconds what booking
 * through the API would take minutes to. Prints shell variables for the load and freshness runs.
 *
 * <p>A service offers at most {@value #PROVIDERS_PER_SERVICE} providers (provider-service refuses
 * more), so a larger organization has one such service, all alike, for each
 * {@value #PROVIDERS_PER_SERVICE} of its providers; SERVICE names the first.
 *
 * <p>Arguments: {@code <kafka bootstrap servers> [providers, 50 unless given] [days booked, 14 unless given]
 * [devices for every ten providers, 3 unless given]}. With three, about as many devices as providers are
 * booked at a time, so most starts wait for a device; with six, few do.
 */
public final class LoadSetup {

    private static final String PROVIDERS = "http://127.0.0.1:8081";
    private static final String RESOURCES = "http://127.0.0.1:8082";
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** As provider-service's AppointmentTypeService.MAXIMUM_PROVIDERS_PER_SERVICE, which this module does not see. */
    private static final int PROVIDERS_PER_SERVICE = 500;

    private LoadSetup() {
    }

    public static void main(String[] args) throws Exception {
        int providerCount = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 14;
        int devicesPerTenProviders = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Random random = new Random(20270104);
        List<Map<String, Object>> businessHours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            businessHours.add(Map.of("dayOfWeek", day, "start", "08:00", "end", "20:00"));
        }
        String org = Api.post(PROVIDERS + "/v1/organizations", Map.of("name", "Load Test Clinic",
                "slug", "load-" + UUID.randomUUID().toString().substring(0, 8), "timeZone", ZONE.getId(),
                "businessHours", businessHours, "multiProviderEnabled", true)).get("id").asText();
        String base = PROVIDERS + "/v1/organizations/" + org;
        List<String> services = new ArrayList<>();
        LocalDate monday = LocalDate.now(ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        List<String> providers = new ArrayList<>();
        Map<String, String> serviceOf = new HashMap<>();
        Map<String, List<long[]>> windows = new HashMap<>();
        for (int i = 1; i <= providerCount; i++) {
            if ((i - 1) % PROVIDERS_PER_SERVICE == 0) {
                services.add(Api.post(base + "/services", Map.of("name",
                        services.isEmpty() ? "Physiotherapy" : "Physiotherapy " + (services.size() + 1),
                        "durationMinutes", 30, "slotStepMinutes", 15)).get("id").asText());
            }
            String service = services.get(services.size() - 1);
            String provider = Api.post(base + "/providers", Map.of("type", "INDIVIDUAL", "name", "Provider " + i,
                    "colorCode", String.format("#%06X", random.nextInt(0xFFFFFF)))).get("id").asText();
            providers.add(provider);
            List<Map<String, Object>> blocks = new ArrayList<>();
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                blocks.add(Map.of("dayOfWeek", day, "start", "09:00", "end", "12:00", "type", "AVAILABLE"));
                blocks.add(Map.of("dayOfWeek", day, "start", "13:00", "end", "17:00", "type", "AVAILABLE"));
            }
            if (i % 2 == 1) {
                blocks.add(Map.of("dayOfWeek", DayOfWeek.SATURDAY, "start", "10:00", "end", "14:00", "type", "AVAILABLE"));
            }
            Api.post(base + "/providers/" + provider + "/schedules", Map.of("effectiveFrom", monday.minusDays(7).toString(),
                    "blocks", blocks));
            Api.post(base + "/services/" + service + "/providers", Map.of("providerId", provider));
            serviceOf.put(provider, service);
            windows.put(provider, workingWindows(monday, days, i % 2 == 1));
        }

        String resourceBase = RESOURCES + "/v1/organizations/" + org;
        String rooms = Api.post(resourceBase + "/resource-types", Map.of("name", "Treatment Room")).get("id").asText();
        String devices = Api.post(resourceBase + "/resource-types", Map.of("name", "Ultrasound")).get("id").asText();
        List<String> roomIds = new ArrayList<>();
        List<String> deviceIds = new ArrayList<>();
        for (int i = 0; i < Math.max(1, providerCount / 2); i++) {
            roomIds.add(Api.post(resourceBase + "/resources", Map.of("resourceTypeId", rooms)).get("id").asText());
        }
        for (int i = 0; i < Math.max(1, providerCount * devicesPerTenProviders / 10); i++) {
            deviceIds.add(Api.post(resourceBase + "/resources", Map.of("resourceTypeId", devices)).get("id").asText());
        }
        for (String service : services) {
            requireWhenKnown(resourceBase + "/services/" + service + "/resource-requirements", rooms, devices);
        }

        long bookedSeconds = 0;
        long workingSeconds = 0;
        Map<String, NavigableMap<Long, Long>> resourceBusy = new HashMap<>();
        try (KafkaProducer<String, String> kafka = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                ProducerConfig.PARTITIONER_CLASS_CONFIG, OrganizationPartitioner.class.getName(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            for (String provider : providers) {
                for (long[] window : windows.get(provider)) {
                    workingSeconds += window[1] - window[0];
                    for (long start = window[0]; start + 1800 <= window[1]; start += 900) {
                        if (random.nextDouble() >= 0.14) {
                            continue;
                        }
                        long end = Math.min(window[1], start + (random.nextBoolean() ? 1800 : 3600));
                        List<UUID> held = new ArrayList<>();
                        pickFree(roomIds, resourceBusy, start, end, held);
                        pickFree(deviceIds, resourceBusy, start, end, held);
                        UUID booking = UUID.randomUUID();
                        OccupancySnapshot occupancy = new OccupancySnapshot(booking, UUID.fromString(org),
                                UUID.fromString(serviceOf.get(provider)), UUID.fromString(provider), UUID.randomUUID(), held, Instant.ofEpochSecond(start),
                                Instant.ofEpochSecond(end), Instant.ofEpochSecond(start), 1,
                                OccupancySnapshot.Status.CONFIRMED, 0);
                        RecordKey key = RecordKey.of(UUID.fromString(org), booking);
                        kafka.send(new ProducerRecord<>(Topics.BOOKING_OCCUPANCY.name(), key.toString(),
                                EventJson.write(new EventEnvelope<>(UUID.randomUUID(), key.organizationId(),
                                        OccupancySnapshot.TYPE, Instant.now(), 1, occupancy))));
                        bookedSeconds += end - start;
                        start = end - 900;
                    }
                }
            }
            kafka.flush();
        }
        System.out.printf("ORG=%s%nSERVICE=%s%nPROVIDER=%s%nFROM=%s%nTO=%s%nBOOKED_PERCENT=%d%n", org, services.get(0),
                providers.get(0), monday, monday.plusDays(days - 1), Math.round(100.0 * bookedSeconds / workingSeconds));
    }

    private static List<long[]> workingWindows(LocalDate monday, int days, boolean saturdays) {
        List<long[]> windows = new ArrayList<>();
        for (LocalDate date = monday; date.isBefore(monday.plusDays(days)); date = date.plusDays(1)) {
            DayOfWeek day = date.getDayOfWeek();
            if (day.getValue() <= 5) {
                windows.add(window(date, 9, 12));
                windows.add(window(date, 13, 17));
            } else if (day == DayOfWeek.SATURDAY && saturdays) {
                windows.add(window(date, 10, 14));
            }
        }
        return windows;
    }

    private static long[] window(LocalDate date, int fromHour, int toHour) {
        return new long[] {date.atTime(LocalTime.of(fromHour, 0)).atZone(ZONE).toEpochSecond(),
                date.atTime(LocalTime.of(toHour, 0)).atZone(ZONE).toEpochSecond()};
    }

    /** The first resource free over the interval, held by it; none when all are taken. */
    private static void pickFree(List<String> resources, Map<String, NavigableMap<Long, Long>> busy, long start,
                                 long end, List<UUID> held) {
        for (String resource : resources) {
            // a resource's intervals never overlap, so only the last one starting before end can reach start
            NavigableMap<Long, Long> taken = busy.computeIfAbsent(resource, r -> new TreeMap<>());
            Map.Entry<Long, Long> before = taken.lowerEntry(end);
            if (before == null || before.getValue() <= start) {
                taken.put(start, end);
                held.add(UUID.fromString(resource));
                return;
            }
        }
    }

    /** resource-service learns of the service from Kafka; retry until it has. */
    private static void requireWhenKnown(String url, String rooms, String devices) throws InterruptedException {
        Map<String, Object> body = Map.of("requirements", List.of(Map.of("resourceTypeId", rooms, "quantity", 1),
                Map.of("resourceTypeId", devices, "quantity", 1)));
        for (int attempt = 0; ; attempt++) {
            try {
                JsonNode ignored = Api.put(url, body);
                return;
            } catch (IllegalStateException notYet) {
                if (attempt > 100) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
    }
}
