package io.tempora.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

import com.sun.management.OperatingSystemMXBean;

import io.tempora.contracts.EventJson;

/**
 * Load test of booking creation without contention: sets up an organization of 60 providers
 * ({@code BOOKING_PROVIDERS} to measure another size) through the running stack's REST APIs, then
 * books at a fixed rate for a while, each request a different provider and slot, as many clients
 * booking different appointments do. Latency is measured from when each request was due, so a slow
 * answer delays no measurement (no coordinated omission). Prints throughput, answers by status and latency percentiles.
 *
 * <p>Arguments: {@code <requests per second> <seconds>}, or {@code --setup-only <folder>} to set up
 * the organization and write what a wrk script needs there: {@code env} (ORG, SERVICE),
 * {@code providers.txt} and {@code slots.txt} (one per line).
 */
public final class BookingLoad {

    private static final String PROVIDERS = "http://127.0.0.1:8081";
    private static final String BOOKINGS = "http://127.0.0.1:8083";
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** The organization's size: {@code BOOKING_PROVIDERS}, 60 unless set. */
    private static final int PROVIDER_COUNT = Integer.parseInt(System.getenv().getOrDefault("BOOKING_PROVIDERS", "60"));
    private static final int SLOTS_PER_DAY = 16;
    private static final int SPREAD_DAYS = 60;
    /**
     * How long the open loop books at its rate before it measures: the generator's JVM and its HTTP
     * client start cold, and the stack idled while the organization was set up.
     */
    private static final int WARM_UP_SECONDS = Integer.parseInt(System.getenv().getOrDefault("BOOKING_RATE_WARMUP", "10"));
    /**
     * Slots per provider offered to wrk: enough days that the warm-up (up to 300 s) and the measured
     * run (which numbers its requests on from the warm-up's) book 120,000 different slots, 100 days
     * at least and within the service's year of advance booking.
     */
    private static final int WRK_SLOTS = Math.min(360, Math.max(100, 120_000 / PROVIDER_COUNT / SLOTS_PER_DAY + 1))
            * SLOTS_PER_DAY;

    private static final OperatingSystemMXBean OWN_PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private BookingLoad() {
    }

    public static void main(String[] args) throws Exception {
        boolean setupOnly = args[0].equals("--setup-only");
        int rate = setupOnly ? 0 : Integer.parseInt(args[0]);
        int seconds = setupOnly ? 0 : Integer.parseInt(args[1]);
        List<Map<String, Object>> everyDay = Arrays.stream(DayOfWeek.values())
                .map(day -> Map.<String, Object>of("dayOfWeek", day, "start", "09:00", "end", "17:00")).toList();
        String org = Api.post(PROVIDERS + "/v1/organizations", Map.of("name", "Booking Load Clinic",
                "slug", "booking-load-" + UUID.randomUUID().toString().substring(0, 8), "timeZone", ZONE.getId(),
                "businessHours", everyDay, "multiProviderEnabled", true)).get("id").asText();
        String base = PROVIDERS + "/v1/organizations/" + org;
        String service = Api.post(base + "/services", Map.of("name", "Consultation", "durationMinutes", 30,
                "slotStepMinutes", 30, "maximumAdvanceDays", 365)).get("id").asText();
        LocalDate firstDay = LocalDate.now(ZONE).plusDays(1);
        List<String> providers = new ArrayList<>();
        for (int i = 1; i <= PROVIDER_COUNT; i++) {
            String provider = Api.post(base + "/providers", Map.of("type", "INDIVIDUAL", "name", "Provider " + i))
                    .get("id").asText();
            providers.add(provider);
            Api.post(base + "/providers/" + provider + "/schedules", Map.of("effectiveFrom", firstDay.toString(),
                    "blocks", everyDay.stream().map(block -> {
                        Map<String, Object> available = new HashMap<>(block);
                        available.put("type", "AVAILABLE");
                        return available;
                    }).toList()));
            Api.post(base + "/services/" + service + "/providers", Map.of("providerId", provider));
        }
        String bookings = BOOKINGS + "/v1/organizations/" + org + "/bookings";
        if (setupOnly) {
            writeForWrk(Path.of(args[1]), org, service, providers, firstDay, bookings);
            return;
        }
        int total = rate * seconds;
        int warmUp = rate * WARM_UP_SECONDS;
        // the probe takes a slot just after the ones the load will book
        awaitBookable(bookings, request(service, providers.get(PROVIDER_COUNT - 1), slot(firstDay, WRK_SLOTS)));
        System.out.printf("organization %s: %d providers, %d requests at %d/s after %d s at that rate not counted,"
                + " each a different provider and slot%n", org, PROVIDER_COUNT, total, rate, WARM_UP_SECONDS);

        Sender sender = new Sender(URI.create(bookings), "Bearer " + Api.TOKENS.ownerOf(bookings),
                number -> request(service, providers.get(number % PROVIDER_COUNT), spreadSlot(firstDay, number / PROVIDER_COUNT)));
        AnswerTally warmUpAnswers = sender.send(rate, 0, warmUp);
        System.out.printf("warm-up: answers by status %s; latency ms %s%n", warmUpAnswers.byStatus(),
                warmUpAnswers.latencies(status -> true).summary());
        System.out.println("warm-up, " + warmUpAnswers.bySecond(rate));
        long start = System.nanoTime();
        long ownCpuBefore = OWN_PROCESS.getProcessCpuTime();
        AnswerTally answers = sender.send(rate, warmUp, total);
        double elapsed = (System.nanoTime() - start) / 1e9;
        // the generator shares the machine's two cores with the stack: what it takes is not the stack's
        System.out.printf("the generator's own CPU: %.2f ms per request%n",
                (OWN_PROCESS.getProcessCpuTime() - ownCpuBefore) / 1e6 / total);
        System.out.printf("%d requests in %.1f s: %.0f bookings/s; answers by status %s (-1: no answer)%n", total, elapsed,
                answers.count(201) / elapsed, answers.byStatus());
        if (!answers.refusals().isEmpty()) {
            System.out.printf("refused: %s%n", answers.refusals());
        }
        System.out.printf("latency ms: %s%n", answers.latencies(status -> true).summary());
        System.out.printf("latency ms, bookings made (201): %s%n", answers.latencies(status -> status == 201).summary());
        System.out.printf("latency ms, the others: %s%n", answers.latencies(status -> status != 201).summary());
        System.out.println(answers.bySecond(rate));
    }

    /** Sends numbered booking requests at a fixed rate, each with its own Idempotency-Key. */
    private record Sender(URI bookings, String authorization, IntFunction<Map<String, Object>> requestNumbered) {

        /**
         * HTTP/1.1 unless {@code BOOKING_HTTP=2}: many clients come on connections of their own (or
         * through an ingress keeping a pool of them), which booking-service spreads over its event
         * loops; over HTTP/2 (h2c) the JDK client sends every request on one connection, and so
         * through one event loop.
         */
        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version("2".equals(System.getenv("BOOKING_HTTP")) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .build();

        /** Sends requests {@code first} to {@code first + count - 1}, {@code rate} a second, and waits for their answers. */
        AnswerTally send(int rate, int first, int count) {
            AnswerTally answers = new AnswerTally(count);
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long due = start + i * 1_000_000_000L / rate;
                LockSupport.parkNanos(due - System.nanoTime());
                HttpRequest request = HttpRequest.newBuilder(bookings).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json").header("Authorization", authorization)
                        .header("Idempotency-Key", "load-" + (first + i))
                        .POST(HttpRequest.BodyPublishers.ofString(EventJson.write(requestNumbered.apply(first + i))))
                        .build();
                answers.track(i, due, HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }
            answers.awaitAll();
            return answers;
        }
    }

    private static void writeForWrk(Path folder, String org, String service, List<String> providers, LocalDate firstDay,
                                    String bookings) throws Exception {
        List<String> slots = new ArrayList<>();
        for (int n = 0; n < WRK_SLOTS; n++) {
            slots.add(slot(firstDay, n).toString());
        }
        awaitBookable(bookings, request(service, providers.get(PROVIDER_COUNT - 1), slot(firstDay, WRK_SLOTS)));
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("env"), "ORG=" + org + "\nSERVICE=" + service + "\nSLOTS_PER_DAY=" + SLOTS_PER_DAY
                + "\nTOKEN=" + Api.TOKENS.ownerOf(bookings) + "\n");
        Files.write(folder.resolve("providers.txt"), providers);
        Files.write(folder.resolve("slots.txt"), slots);
    }

    /**
     * The slot of the r-th round over the providers, spread over {@value #SPREAD_DAYS} days so that
     * a provider's day (a capacity ledger row) is booked again only after many rounds.
     */
    private static OffsetDateTime spreadSlot(LocalDate firstDay, int round) {
        return slot(firstDay, (round % SPREAD_DAYS) * SLOTS_PER_DAY + round / SPREAD_DAYS);
    }

    /** The n-th slot of the day grid: 16 half-hour slots a day from 09:00, day after day. */
    private static OffsetDateTime slot(LocalDate firstDay, int n) {
        return firstDay.plusDays(n / SLOTS_PER_DAY).atTime(9, 0).plusMinutes(30L * (n % SLOTS_PER_DAY))
                .atZone(ZONE).toOffsetDateTime();
    }

    private static Map<String, Object> request(String service, String provider, OffsetDateTime start) {
        return Map.of("serviceId", service, "providerId", provider, "start", start.toString(),
                "client", Map.of("id", UUID.randomUUID(), "name", "Load Client"));
    }

    /** booking-service and availability-service learn of the new organization from Kafka; wait until both have. */
    private static void awaitBookable(String bookings, Map<String, Object> probe) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                String id = Api.post(bookings, probe).get("id").asText();
                Api.post(bookings + "/" + id + "/cancel", null);
                return;
            } catch (IllegalStateException notYet) {
                if (attempt > 300) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
    }

}
