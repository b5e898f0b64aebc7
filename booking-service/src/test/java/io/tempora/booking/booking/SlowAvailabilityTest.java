package io.tempora.booking.booking;

import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.localstack.JsonApi.post;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tempora.booking.ClinicTest;
import io.tempora.booking.ConcurrentClients;
import io.tempora.booking.DatabasePool;
import io.tempora.booking.SlowLink;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;

/**
 * availability-service slower than booking-service waits, for a burst of bookings: those clients
 * are told to retry, no more checks than the bound are sent its way, and once it answers in time
 * again, bookings go through again. (Checks given up while they waited for a connection must not
 * keep that connection.)
 */
@QuarkusTest
@TestProfile(SlowAvailabilityTest.BehindASlowLink.class)
class SlowAvailabilityTest extends ClinicTest {

    static final SlowLink LINK = SlowLink.toAvailability();
    private static final int POOL = 4;
    private static final int UNDER_WAY = 3 * POOL;
    /**
     * How long a check given up holds its place, waiting for a connection or for the answer:
     * longer than the whole burst takes to arrive on a loaded machine (3 s was not, in CI).
     */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    public static class BehindASlowLink implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a small pool, so that a burst of a few dozen checks waits for connections
            return Map.of("quarkus.rest-client.availability.url", LINK.url(),
                    "quarkus.rest-client.availability.connection-pool-size", String.valueOf(POOL),
                    "quarkus.rest-client.availability.read-timeout", String.valueOf(READ_TIMEOUT.toMillis()),
                    "tempora.booking.availability-checks-under-way", String.valueOf(UNDER_WAY));
        }
    }

    @AfterAll
    static void closeLink() {
        LINK.close();
    }

    @Test
    void bookingsGoThroughAgainOnceAvailabilityAnswersInTime() throws InterruptedException {
        List<UUID> providers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            providers.add(clinic.provider("Provider " + i));
        }
        ServiceSnapshot service = clinic.service(30, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY,
                providers.toArray(UUID[]::new));
        clinic.awaitKnown(service, nextWeekAt(9, 0));

        // longer than booking-service waits (2 s) and than its client waits for an answer
        LINK.hold(READ_TIMEOUT.plusSeconds(2));
        List<Map<String, Object>> burst = IntStream.range(0, 10 * POOL)
                .mapToObj(i -> request(service, providers.get(i % 10), nextWeekAt(9 + i / 10, 0)))
                .toList();
        // with their keys, as a client that will send them again: a failed creation looks for an earlier one
        List<HttpResponse<String>> told = ConcurrentClients.postAll(clinic.bookings(), burst,
                i -> Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(List.of(503), told.stream().map(HttpResponse::statusCode).distinct().toList(),
                "every client of the burst is told to retry");
        assertEquals(0, clinic.rowsWritten(), "nothing is written on a check that did not answer");
        // the checks under way hold their place for at least the client's read timeout; the others are
        // refused before any check (behind on checks, or, on a loaded machine, the database queue
        // that the burst's Idempotency-Key look-ups make)
        assertEquals(burst.size() - UNDER_WAY, told.stream()
                        .filter(answer -> answer.body().contains("behind on checks") || answer.body().contains("too busy")).count(),
                "checks beyond those under way are answered at once, without asking: " + details(told));
        DatabasePool.awaitAllConnectionsBack();

        LINK.hold(Duration.ZERO);
        // as a client told to retry does: the checks given up still end first (at their read timeout)
        Map<String, Object> retried = request(service, providers.get(0), nextWeekAt(13, 0));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> post(clinic.bookings(), retried).extract().statusCode() == 201);
        for (int i = 0; i < 3 * POOL; i++) {
            post(clinic.bookings(), request(service, providers.get(i % 10), nextWeekAt(13 + i / 10, 30)))
                    .statusCode(201);
        }
        DatabasePool.awaitAllConnectionsBack();
    }

    /** The answers by their problem's detail, counted, for a failure message. */
    private static Map<String, Long> details(List<HttpResponse<String>> answers) {
        return answers.stream().map(answer -> answer.body().replaceAll("(?s).*\"detail\"\\s*:\\s*\"([^\"]*)\".*", "$1"))
                .collect(Collectors.groupingBy(detail -> detail, TreeMap::new, Collectors.counting()));
    }

    private Map<String, Object> request(ServiceSnapshot service, UUID provider, OffsetDateTime start) {
        Map<String, Object> request = clinic.request(service, start);
        request.put("providerId", provider);
        return request;
    }
}
