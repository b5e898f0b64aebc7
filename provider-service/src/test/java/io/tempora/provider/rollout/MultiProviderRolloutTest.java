package io.tempora.provider.rollout;

import static io.restassured.RestAssured.given;
import static io.tempora.localstack.JsonApi.put;
import static io.tempora.provider.ProviderApi.createProvider;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.booking.OccupancySnapshot;
import io.tempora.contracts.provider.OrganizationEvents;
import io.tempora.localstack.TopicReader;
import io.tempora.localstack.TopicWriter;

/** Multi-provider is switched per organization; back off only while one provider at most has bookings ahead. */
@QuarkusTest
class MultiProviderRolloutTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AgroalDataSource database;

    @Test
    void turningMultiProviderOffIsRefusedWhileTwoProvidersHaveFutureBookingsAndEachChangeIsAnnounced() throws Exception {
        Map<String, Object> salon = Map.of("name", "Two Chairs", "slug", "two-chairs-" + UUID.randomUUID().toString()
                .substring(0, 8), "timeZone", "Europe/Berlin", "businessHours", List.of(), "multiProviderEnabled", true);
        UUID organization = UUID.fromString(given().contentType("application/json").body(salon)
                .post("/v1/organizations").then().statusCode(201).extract().path("id"));
        UUID reza = createProvider(organization, "INDIVIDUAL", "Reza", null);
        UUID sara = createProvider(organization, "INDIVIDUAL", "Sara", null);
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        UUID rezasBooking = UUID.randomUUID();
        UUID sarasBooking = UUID.randomUUID();
        try (TopicWriter bookings = new TopicWriter(bootstrapServers)) {
            occupancy(bookings, organization, rezasBooking, reza, tomorrow, OccupancySnapshot.Status.CONFIRMED);
            occupancy(bookings, organization, sarasBooking, sara, tomorrow, OccupancySnapshot.Status.CONFIRMED);
            // Sara's booking of last week is over: it does not count
            occupancy(bookings, organization, UUID.randomUUID(), sara, Instant.now().minus(Duration.ofDays(7)),
                    OccupancySnapshot.Status.CONFIRMED);
        }
        awaitUpcoming(organization, 3);

        put("/v1/organizations/" + organization, off(salon, 0)).statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("multiProviderEnabled"))
                .body("detail", containsString("Reza, Sara"));

        try (TopicWriter bookings = new TopicWriter(bootstrapServers)) {
            occupancy(bookings, organization, sarasBooking, sara, tomorrow, OccupancySnapshot.Status.CANCELLED);
        }
        awaitUpcoming(organization, 2);
        put("/v1/organizations/" + organization, off(salon, 0)).statusCode(200).body("multiProviderEnabled", equalTo(false));

        var announced = new TopicReader(bootstrapServers).awaitRecords(Topics.PROVIDER_ORGANIZATION_EVENTS.name(),
                record -> record.key().startsWith(organization + "/"), 1, Duration.ofSeconds(30));
        assertEquals(OrganizationEvents.MULTI_PROVIDER_DISABLED, new String(announced.get(0).headers().lastHeader("type").value()));
    }

    private static Map<String, Object> off(Map<String, Object> salon, long version) {
        Map<String, Object> body = new HashMap<>(salon);
        body.put("multiProviderEnabled", false);
        body.put("version", version);
        return body;
    }

    private static void occupancy(TopicWriter writer, UUID organization, UUID booking, UUID provider, Instant start,
                                  OccupancySnapshot.Status status) {
        writer.publish(Topics.BOOKING_OCCUPANCY, RecordKey.of(organization, booking), OccupancySnapshot.TYPE,
                new OccupancySnapshot(booking, organization, UUID.randomUUID(), provider, UUID.randomUUID(), List.of(), start,
                        start.plus(Duration.ofHours(1)), start, 1, status, 0));
    }

    /** provider-service follows the occupancy topic: waits until it has the bookings (past ones included). */
    private void awaitUpcoming(UUID organization, int rows) throws InterruptedException, SQLException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (upcoming(organization) != rows && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertEquals(rows, upcoming(organization), "bookings known to provider-service");
    }

    private long upcoming(UUID organization) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM upcoming_booking WHERE organization_id = ?")) {
            count.setObject(1, organization);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
