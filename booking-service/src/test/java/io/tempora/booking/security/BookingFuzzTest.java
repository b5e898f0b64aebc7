package io.tempora.booking.security;

import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.localstack.JsonApi.post;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.tempora.booking.Clinic;
import io.tempora.booking.catalog.Catalog;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;
import io.tempora.localstack.FuzzTests;

/** booking-service under hostile input: see {@link FuzzTests}. */
@QuarkusTest
class BookingFuzzTest extends FuzzTests {

    @Inject
    Catalog catalog;

    @Inject
    AgroalDataSource database;

    private Clinic clinic;
    private Map<String, Object> known;

    @Override
    protected UUID organization() {
        if (clinic == null) {
            clinic = new Clinic(catalog, database);
            UUID provider = clinic.provider("Reza");
            ServiceSnapshot service = clinic.service(60, 100, AssignmentStrategy.ROUND_ROBIN, provider);
            try {
                clinic.awaitKnown(service, nextWeekAt(10, 0));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Map<String, Object> request = clinic.request(service, nextWeekAt(10, 0));
            UUID booking = UUID.fromString(post(clinic.bookings(), request).statusCode(201).extract().path("id"));
            known = Map.of("bookingId", booking, "serviceId", service.id(), "providerId", provider,
                    "start", nextWeekAt(11, 0).toString());
        }
        return clinic.organization;
    }

    @Override
    protected Map<String, Object> knownValues() {
        return known;
    }

    @AfterEach
    void close() {
        if (clinic != null) {
            clinic.close();
        }
    }
}
