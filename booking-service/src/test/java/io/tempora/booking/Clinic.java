package io.tempora.booking;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.restassured.http.ContentType;
import io.tempora.booking.catalog.Catalog;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.localstack.LocalStackTestResource;
import io.tempora.localstack.Publisher;
import io.tempora.contracts.rules.AssignmentStrategy;
import io.tempora.contracts.rules.ProviderSelection;

/**
 * One organization in New York whose providers, services and resources the tests publish as
 * provider- and resource-service would, and whose bookings they make and count.
 */
public final class Clinic implements AutoCloseable {

    public static final ZoneId ZONE = ZoneId.of(Publisher.ZONE);
    private static final Duration KNOWN_DEADLINE = Duration.ofSeconds(30);

    public final UUID organization;
    private final Publisher publisher;
    private final Catalog catalog;
    private final DataSource database;

    public Clinic(Catalog catalog, DataSource database) {
        this.publisher = new Publisher(LocalStackTestResource.shared().kafka().bootstrapServers());
        this.organization = publisher.organization;
        this.catalog = catalog;
        this.database = database;
        publisher.organization(true);
    }

    public Publisher publisher() {
        return publisher;
    }

    /** What booking-service knows of the practice. */
    public Catalog catalog() {
        return catalog;
    }

    /** A provider who works 09:00-17:00 every day. */
    public UUID provider(String name) {
        UUID id = publisher.provider(name);
        publisher.schedule(id, List.of(DayOfWeek.values()), LocalTime.of(9, 0), LocalTime.of(17, 0));
        return id;
    }

    public ServiceSnapshot service(int minutes, int capacity, AssignmentStrategy strategy, UUID... providers) {
        return service(minutes, 0, 0, capacity, strategy, providers);
    }

    public ServiceSnapshot service(int minutes, int bufferBefore, int bufferAfter, int capacity, AssignmentStrategy strategy,
                                   UUID... providers) {
        List<ServiceSnapshot.Offering> offerings = new ArrayList<>();
        for (int i = 0; i < providers.length; i++) {
            offerings.add(new ServiceSnapshot.Offering(providers[i], i + 1, null, null));
        }
        ServiceSnapshot service = new ServiceSnapshot(UUID.randomUUID(), organization, "Service " + minutes, minutes,
                bufferBefore, bufferAfter, 15, capacity, 0, 365, ProviderSelection.CLIENT_CHOOSES, strategy, null, true, offerings, 0);
        publisher.service(service);
        return service;
    }

    /** A local time a week from now (always in the future, inside the providers' hours at 09-17). */
    public static OffsetDateTime nextWeekAt(int hour, int minute) {
        return LocalDate.now(ZONE).plusDays(7).atTime(hour, minute).atZone(ZONE).toOffsetDateTime();
    }

    /** Waits until this service's catalog and availability-service both know the service and its providers. */
    public void awaitKnown(ServiceSnapshot service, OffsetDateTime freeSlot) throws InterruptedException {
        Instant deadline = Instant.now().plus(KNOWN_DEADLINE);
        while (catalog.service(organization, service.id()).isEmpty()
                || service.providers().stream().anyMatch(offering -> catalog.provider(organization, offering.providerId()).isEmpty())
                || !availabilitySays(service, freeSlot)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("service " + service.id() + " not known everywhere within " + KNOWN_DEADLINE);
            }
            Thread.sleep(50);
        }
    }

    /** Waits until this service's catalog knows what the service requires and {@code count} resources of {@code type}. */
    public void awaitResources(ServiceSnapshot service, UUID type, int count) {
        await("the catalog learns of the requirements and " + count + " resources of type " + type)
                .atMost(KNOWN_DEADLINE).until(() -> !catalog.requirements(organization, service.id()).isEmpty()
                        && catalog.allocatable(organization, type).size() >= count);
    }

    private boolean availabilitySays(ServiceSnapshot service, OffsetDateTime freeSlot) {
        return given().baseUri(AvailabilityUrl.get()).contentType(ContentType.JSON)
                .body(Map.of("serviceId", service.id(), "start", freeSlot.toString()))
                .post("/v1/organizations/" + organization + "/availability/check")
                .then().extract().statusCode() == 200;
    }

    /** A booking request body; change what a test is about. */
    public Map<String, Object> request(ServiceSnapshot service, OffsetDateTime start) {
        Map<String, Object> body = new HashMap<>();
        body.put("serviceId", service.id());
        body.put("start", start.toString());
        body.put("client", Map.of("id", UUID.randomUUID(), "name", "Ada Lovelace", "email", "ada@example.com"));
        return body;
    }

    public String bookings() {
        return "/v1/organizations/" + organization + "/bookings";
    }

    public long count(String sql, Object... parameters) {
        return count(database, sql, parameters);
    }

    /** One number from the booking database, e.g. {@code SELECT count(*) ...}. */
    public static long count(DataSource database, String sql, Object... parameters) {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows this organization has in the booking tables and the outbox. */
    public long rowsWritten() {
        return count("SELECT (SELECT count(*) FROM booking WHERE organization_id = ?)"
                + " + (SELECT count(*) FROM outbox_event WHERE organization_id = ?)", organization, organization);
    }

    @Override
    public void close() {
        publisher.close();
    }
}
