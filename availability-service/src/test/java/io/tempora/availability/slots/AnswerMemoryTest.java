package io.tempora.availability.slots;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.tempora.contracts.rules.ProviderSelection;
import io.tempora.localstack.Publisher;

/**
 * Many large, distinct availability questions do not grow the heap beyond what the answer cache
 * may hold: 500 two-month questions of a ten-provider practice, each answer about 2 MB, four at a
 * time; the cache keeps at most its bytes, the heap after collection stays within that and a
 * margin, and the service still answers.
 */
@QuarkusTest
@TestProfile(AnswerMemoryTest.SmallCache.class)
class AnswerMemoryTest {

    private static final long CACHE_BYTES = 16L * 1024 * 1024;
    private static final long MARGIN_BYTES = 48L * 1024 * 1024;
    private static final List<String> ZONES = List.of("America/New_York", "Europe/Berlin", "Asia/Tokyo", "UTC",
            "Australia/Sydney", "America/Los_Angeles", "Asia/Kolkata", "Africa/Nairobi");

    public static class SmallCache implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tempora.availability.cache.maximum-bytes", String.valueOf(CACHE_BYTES),
                    "tempora.rate-limit.limits.availability.per-second", "100000",
                    "tempora.rate-limit.limits.availability.burst", "100000");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AvailabilityCache cache;

    @Test
    void fiveHundredDistinctMaximalQuestionsKeepTheHeapWithinTheCachesBound() throws Exception {
        UUID organization;
        UUID service;
        try (Publisher publish = new Publisher(bootstrapServers)) {
            publish.organization(true);
            List<UUID> providers = new ArrayList<>();
            for (int p = 0; p < 10; p++) {
                UUID provider = publish.provider("Provider " + p);
                publish.schedule(provider, List.of(DayOfWeek.values()), LocalTime.of(9, 0), LocalTime.of(18, 0));
                providers.add(provider);
            }
            service = publish.service(15, 3, ProviderSelection.CLIENT_CHOOSES, providers);
            organization = publish.organization;
        }
        LocalDate first = LocalDate.now(ZoneId.of(Publisher.ZONE)).plusDays(1);
        String path = "/v1/organizations/" + organization + "/availability?serviceId=" + service;
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().noFilters()
                .get(path + "&from=" + first + "&to=" + first).then().extract().jsonPath()
                .getList("days[0].slots[0].providers.id").size() == 10);

        long heapBefore = heapAfterCollection();
        AtomicLong answered = new AtomicLong();
        AtomicLong answerBytes = new AtomicLong();
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<Future<?>> calls = new ArrayList<>();
        for (int query = 0; query < 500; query++) {
            LocalDate from = first.plusDays(query % 31);
            String uri = "http://localhost:" + RestAssured.port + path + "&from=" + from + "&to=" + from.plusDays(61)
                    + "&timezone=" + ZONES.get(query / 31 % ZONES.size()) + "&seats=" + (1 + query / (31 * ZONES.size()));
            calls.add(callers.submit(() -> {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(uri)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, response.statusCode(), new String(response.body()));
                answered.incrementAndGet();
                answerBytes.addAndGet(response.body().length);
                return null;
            }));
        }
        for (Future<?> call : calls) {
            call.get();
        }
        callers.shutdown();
        long heapAfter = heapAfterCollection();

        System.out.printf("answer memory: %d answers, %d MB written in all, cache %d KB (bound %d KB), heap after"
                        + " collection %d MB before, %d MB after%n", answered.get(), answerBytes.get() >> 20,
                cache.bytes() >> 10, CACHE_BYTES >> 10, heapBefore >> 20, heapAfter >> 20);
        assertEquals(500, answered.get());
        assertTrue(answerBytes.get() / 500 > 1_000_000, "the questions are large ones");
        assertTrue(cache.bytes() <= CACHE_BYTES, "the cache keeps to its bound");
        assertTrue(heapAfter - heapBefore < CACHE_BYTES + MARGIN_BYTES, "the heap grew by "
                + ((heapAfter - heapBefore) >> 20) + " MB");
        given().noFilters().get(path + "&from=" + first + "&to=" + first).then().statusCode(200);
    }

    @Test
    void aQuestionTooLargeForOneAnswerIsToldHowToNarrowIt() {
        UUID organization;
        UUID service;
        UUID oneOfThem;
        try (Publisher publish = new Publisher(bootstrapServers)) {
            publish.organization(true);
            List<UUID> providers = new ArrayList<>();
            for (int p = 0; p < 30; p++) {
                UUID provider = publish.provider("Provider " + p);
                publish.schedule(provider, List.of(DayOfWeek.values()), LocalTime.of(9, 0), LocalTime.of(18, 0));
                providers.add(provider);
            }
            service = publish.service(15, 1, ProviderSelection.CLIENT_CHOOSES, providers);
            organization = publish.organization;
            oneOfThem = providers.get(0);
        }
        LocalDate first = LocalDate.now(ZoneId.of(Publisher.ZONE)).plusDays(1);
        String path = "/v1/organizations/" + organization + "/availability?serviceId=" + service + "&from=" + first;
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().noFilters().get(path + "&to=" + first)
                .then().extract().jsonPath().getList("days[0].slots[0].providers.id").size() == 30);

        given().noFilters().get(path + "&to=" + first.plusDays(61)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("to"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("fewer days"));
        given().noFilters().get(path + "&to=" + first.plusDays(29)).then().statusCode(200);
        given().noFilters().get(path + "&to=" + first.plusDays(61) + "&providerId=" + oneOfThem).then().statusCode(200);
    }

    private static long heapAfterCollection() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
