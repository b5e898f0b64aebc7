package io.tempora.booking.security;

import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.kit.security.Roles.ADMIN_ASSISTANT;
import static io.tempora.kit.security.Roles.CLIENT;
import static io.tempora.kit.security.Roles.OWNER;
import static io.tempora.kit.security.Roles.PROVIDER;
import static io.tempora.localstack.AccessMatrixTests.Rule.of;
import static io.tempora.localstack.JsonApi.post;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.tempora.booking.Clinic;
import io.tempora.booking.catalog.Catalog;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.localstack.AccessMatrixTests;
import io.tempora.contracts.rules.AssignmentStrategy;

@QuarkusTest
class BookingAccessMatrixTest extends AccessMatrixTests {

    private static final String BOOKINGS = "/v1/organizations/{organizationId}/bookings";
    private static final String BOOKING = BOOKINGS + "/{bookingId}";
    private static final OffsetDateTime START = nextWeekAt(10, 0);

    @Inject
    Catalog catalog;

    @Inject
    AgroalDataSource database;

    private Clinic clinic;
    private ServiceSnapshot groupClass;
    private UUID provider;
    private UUID client;
    private UUID booking;

    @Override
    protected Fixture fixture() {
        clinic = new Clinic(catalog, database);
        provider = clinic.provider("Reza");
        UUID colleague = clinic.provider("Sara");
        groupClass = clinic.service(60, 100, AssignmentStrategy.ROUND_ROBIN, provider, colleague);
        try {
            clinic.awaitKnown(groupClass, START);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        client = UUID.randomUUID();
        booking = newBooking();
        return new Fixture(clinic.organization, provider, colleague, client);
    }

    @Override
    protected List<Rule> rules() {
        String[] members = {OWNER, ADMIN_ASSISTANT, PROVIDER, CLIENT};
        return List.of(
                of("POST", BOOKINGS).allows(members),
                of("GET", BOOKINGS).allows(members),
                of("GET", BOOKING).allows(members).ownDataOnly(404).with(fixture -> Map.of("bookingId", booking)),
                of("GET", BOOKING + "/history").allows(members).ownDataOnly(404)
                        .with(fixture -> Map.of("bookingId", booking)),
                // moved to where it is: allowed callers change nothing
                of("POST", BOOKING + "/reschedule").allows(members).ownDataOnly(404)
                        .with(fixture -> Map.of("bookingId", booking)).body(fixture -> Map.of("start", START.toString())),
                of("POST", BOOKING + "/cancel").allows(members).ownDataOnly(404)
                        .with(fixture -> Map.of("bookingId", newBooking())));
    }

    private UUID newBooking() {
        Map<String, Object> request = clinic.request(groupClass, START);
        request.put("providerId", provider);
        request.put("client", Map.of("id", client, "name", "Ada Lovelace"));
        return UUID.fromString(post(clinic.bookings(), request).statusCode(201).extract().path("id"));
    }
}
