package io.tempora.booking.capacity;

import static io.tempora.booking.Clinic.nextWeekAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tempora.booking.Clinic;
import io.tempora.booking.ClinicTest;
import io.tempora.booking.ConcurrentClients;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;

/**
 * Many clients racing for the same places, against the real database and availability-service:
 * whatever the interleaving, no seat is given twice, and the database says so.
 */
@QuarkusTest
@TestProfile(OverbookingRaceTest.PatientChecks.class)
class OverbookingRaceTest extends ClinicTest {

    /**
     * Two hundred checks reach availability-service at once, at the start of its life: on a slow
     * machine a cold JVM takes longer than the production budget to answer them all, and the
     * bookings it could not check would be 503s. The same holds for the two hundred transactions
     * waiting for a connection while they queue on ten ledger rows, which with the service's own
     * jobs may be more than the queue's default bound, and stand in it for seconds, while clients
     * of the burst are still arriving. The races are about who gets the seats; how
     * a check that takes too long is answered is {@code AvailabilityUnreachableTest}'s, and how a
     * connection that comes too late, a full queue or a standing one, is {@code OverloadedDatabaseTest}'s.
     */
    public static class PatientChecks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tempora.booking.availability-timeout", "30s",
                    "quarkus.rest-client.availability.read-timeout", "30000",
                    "tempora.database.connection-wait", "60s",
                    "tempora.database.max-waiting", "1000",
                    "tempora.database.queue-interval", "1m");
        }
    }

    private UUID provider;

    @BeforeEach
    void aProvider() {
        provider = clinic.provider("Dana");
    }

    @Test
    void twoHundredClientsRacingForTenSingleSeatSlotsGetExactlyTen() throws InterruptedException {
        ServiceSnapshot consultation = clinic.service(30, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, provider);
        clinic.awaitKnown(consultation, nextWeekAt(9, 0));
        List<Map<String, Object>> requests = new ArrayList<>();
        for (int client = 0; client < 200; client++) {
            int slot = client % 10;
            requests.add(clinic.request(consultation, nextWeekAt(9 + slot / 2, slot % 2 * 30)));
        }

        List<HttpResponse<String>> answers = ConcurrentClients.postAll(clinic.bookings(), requests);

        assertEquals(10, count(answers, status -> status == 201), "one booking per slot: " + summary(answers));
        assertEquals(190, count(answers, status -> status == 409), "everyone else is told the slot is taken");
        assertEquals(10, clinic.count("SELECT count(*) FROM booking WHERE organization_id = ? AND status = 'CONFIRMED'",
                clinic.organization));
        assertEquals(0, overlappingPairs(), "no two live bookings of the provider overlap");
    }

    @Test
    void aGroupClassOfTwelveSeatsIsNeverOverfilled() throws InterruptedException {
        ServiceSnapshot yoga = clinic.service(60, 12, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, provider);
        clinic.awaitKnown(yoga, nextWeekAt(10, 0));
        Random random = new Random(42);
        List<Map<String, Object>> requests = new ArrayList<>();
        for (int client = 0; client < 100; client++) {
            Map<String, Object> request = clinic.request(yoga, nextWeekAt(10, 0));
            request.put("seats", 1 + random.nextInt(3));
            requests.add(request);
        }

        List<HttpResponse<String>> answers = ConcurrentClients.postAll(clinic.bookings(), requests);

        int seatsGiven = 0;
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).statusCode() == 201) {
                seatsGiven += (Integer) requests.get(i).get("seats");
            }
        }
        long seatsTaken = clinic.count("SELECT coalesce(sum(seats), 0) FROM booking WHERE organization_id = ?"
                + " AND status = 'CONFIRMED'", clinic.organization);
        assertTrue(seatsTaken <= 12, "at most the class's 12 seats are taken, not " + seatsTaken);
        assertTrue(seatsTaken >= 10, "the class fills up (a 1-seat request always fits while 2 are left): " + seatsTaken);
        assertEquals(seatsGiven, seatsTaken, "every confirmed seat is in the database, and nothing else");
        assertEquals(100, count(answers, status -> status == 201 || status == 409), summary(answers));
    }

    private long overlappingPairs() {
        return clinic.count("SELECT count(*) FROM booking a JOIN booking b ON a.provider_id = b.provider_id"
                + " AND a.id < b.id AND a.occupied_start < b.occupied_end AND b.occupied_start < a.occupied_end"
                + " WHERE a.organization_id = ? AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'",
                clinic.organization);
    }

    private static long count(List<HttpResponse<String>> answers, Predicate<Integer> status) {
        return answers.stream().filter(answer -> status.test(answer.statusCode())).count();
    }

    private static String summary(List<HttpResponse<String>> answers) {
        Map<Integer, Long> byStatus = new TreeMap<>();
        answers.forEach(answer -> byStatus.merge(answer.statusCode(), 1L, Long::sum));
        return byStatus + " e.g. " + answers.stream().filter(a -> a.statusCode() != 201).findFirst()
                .map(HttpResponse::body).orElse("");
    }
}
