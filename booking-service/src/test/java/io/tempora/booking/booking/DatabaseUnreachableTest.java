package io.tempora.booking.booking;

import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.localstack.JsonApi.PROBLEM_JSON;
import static io.tempora.localstack.JsonApi.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tempora.booking.ClinicTest;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;

/**
 * With its database out of reach (down, restarting), booking-service tells clients to retry, as
 * for any passing fault, instead of answering 500 with an incident.
 */
@QuarkusTest
@TestProfile(DatabaseUnreachableTest.NothingListening.class)
class DatabaseUnreachableTest extends ClinicTest {

    public static class NothingListening implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the migrations ran over JDBC at start; every request's work goes through the reactive pool
            return Map.of("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:9/booking");
        }
    }

    @Test
    void aBookingIsAnswered503WithRetryAfterAndNothingIsWritten() throws InterruptedException {
        ServiceSnapshot service = clinic.service(30, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY,
                clinic.provider("Iris"));
        clinic.awaitKnown(service, nextWeekAt(10, 0));

        post(clinic.bookings(), clinic.request(service, nextWeekAt(10, 0)))
                .statusCode(503).contentType(PROBLEM_JSON)
                .header("Retry-After", notNullValue())
                .body("detail", containsString("database"));
        assertEquals(0, clinic.rowsWritten());
    }
}
