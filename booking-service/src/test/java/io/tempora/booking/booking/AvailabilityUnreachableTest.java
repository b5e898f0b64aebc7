package io.tempora.booking.booking;

import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.localstack.JsonApi.PROBLEM_JSON;
import static io.tempora.localstack.JsonApi.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tempora.booking.Clinic;
import io.tempora.booking.ClinicTest;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;

/** With availability-service out of reach, clients are told to retry and nothing is written. */
@QuarkusTest
@TestProfile(AvailabilityUnreachableTest.NothingListening.class)
class AvailabilityUnreachableTest extends ClinicTest {

    public static class NothingListening implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.availability.url", "http://127.0.0.1:9");
        }
    }

    private UUID provider;
    private ServiceSnapshot service;

    @BeforeEach
    void aClinicTheCatalogKnows() throws InterruptedException {
        provider = clinic.provider("Iris");
        service = clinic.service(30, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, provider);
        Instant deadline = Instant.now().plusSeconds(30);
        while (catalog.service(clinic.organization, service.id()).isEmpty()
                || catalog.provider(clinic.organization, provider).isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the catalog did not learn of the service");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void aClientBookingFailsFastWith503AndRetryAfterAndWritesNothing() {
        post(clinic.bookings(), clinic.request(service, nextWeekAt(10, 0)))
                .statusCode(503).contentType(PROBLEM_JSON)
                .header("Retry-After", notNullValue());
        assertEquals(0, clinic.rowsWritten());
    }

    @Test
    void staffNamingTheProviderMayStillBookWithOverrideAndAreWarned() {
        Map<String, Object> request = clinic.request(service, nextWeekAt(10, 0));
        request.put("providerId", provider);
        request.put("override", true);
        post(clinic.bookings(), request).statusCode(201)
                .body("warnings", contains(BookingService.AVAILABILITY_NOT_CHECKED))
                .body("provider.id", equalTo(provider.toString()));
        post(clinic.bookings(), request).statusCode(409)
                .body("conflicts", contains("APPOINTMENT_CONFLICT"));
    }
}
