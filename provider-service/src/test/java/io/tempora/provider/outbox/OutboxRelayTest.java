package io.tempora.provider.outbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.Topics;
import io.tempora.contracts.provider.OrganizationSnapshot;
import io.tempora.localstack.KafkaBroker;
import io.tempora.localstack.LocalStackTestResource;
import io.tempora.localstack.Management;
import io.tempora.localstack.TopicReader;
import io.tempora.persistence.outbox.OutboxRelay;

/** The transactional outbox against the real broker and database, including a Kafka outage. */
@QuarkusTest
class OutboxRelayTest {

    private static final Duration PUBLISH_DEADLINE = Duration.ofSeconds(60);

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource database;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaBroker kafka;
    private TopicReader topics;

    @BeforeEach
    void connectToTheStackTheServiceUses() {
        kafka = LocalStackTestResource.shared().kafka();
        assertEquals(bootstrapServers, kafka.bootstrapServers(), "tests and service must share one broker");
        topics = new TopicReader(bootstrapServers);
    }

    @Test
    void changesMadeWhileKafkaIsDownArePublishedOnceAndInOrderWhenItReturns() throws Exception {
        kafka.stop();
        UUID salon;
        UUID clinic;
        try {
            salon = createOrganization("Salon");
            clinic = createOrganization("Clinic");
            rename(salon, 0, "Salon, renamed once");
            rename(salon, 1, "Salon, renamed twice");
            assertEquals(4, pendingRowsFor(Set.of(salon, clinic)), "all four changes wait in the outbox");
            awaitFailedDeliveryAttempt();
            assertEquals(4, pendingRowsFor(Set.of(salon, clinic)), "a failed attempt marks nothing published");
            Management.given().get("/q/health/ready").then().statusCode(200);
        } finally {
            kafka.start();
        }

        awaitNoPendingRowsFor(Set.of(salon, clinic));
        List<ConsumerRecord<String, String>> salonRecords = recordsOf(salon);
        List<ConsumerRecord<String, String>> clinicRecords = recordsOf(clinic);

        assertEquals(List.of(0L, 1L, 2L), versions(salonRecords), "each salon change once, in the order made");
        assertEquals(List.of("Salon", "Salon, renamed once", "Salon, renamed twice"),
                salonRecords.stream().map(r -> snapshot(r).name()).toList());
        assertEquals(List.of(0L), versions(clinicRecords));
    }

    @Test
    void aRestartedRelayPublishesNothingTwice() throws Exception {
        UUID first = createOrganization("Before restart");
        awaitNoPendingRowsFor(Set.of(first));

        relay.pause();
        relay.resume();
        assertEquals(0, relay.relayPending().await().atMost(Duration.ofSeconds(30)),
                "nothing was pending, so a restarted relay sends nothing");

        UUID second = createOrganization("After restart");
        awaitNoPendingRowsFor(Set.of(second));
        assertEquals(1, recordsOf(first).size(), "the record published before the restart is there once");
        assertEquals(1, recordsOf(second).size());
        List<String> envelopeIds = topics.readAll(Topics.PROVIDER_ORGANIZATIONS.name()).stream()
                .map(record -> EventJson.readEnvelope(record.value(), OrganizationSnapshot.class).id().toString())
                .toList();
        assertEquals(envelopeIds.size(), Set.copyOf(envelopeIds).size(), "no envelope id is on the topic twice");
    }

    /**
     * A record Kafka refuses for good (larger than it takes) is tried a few times and parked, while
     * the records behind it, of its organization and of others, are published.
     */
    @Test
    void aRecordKafkaRefusesIsParkedWhileEveryOtherRecordFlows() throws Exception {
        UUID poisoned = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        double parkedBefore = metrics.counter("tempora.outbox.parked").count();
        UUID poison = insertRow(poisoned, "x".repeat(2 * 1024 * 1024));
        UUID behindIt = insertRow(poisoned, "{\"after\":\"the poison\"}");
        UUID ofAnother = insertRow(other, "{\"another\":\"organization\"}");

        org.awaitility.Awaitility.await().atMost(PUBLISH_DEADLINE).until(() -> parked(poison));
        awaitNoPendingRowsFor(Set.of(other));
        org.awaitility.Awaitility.await().atMost(PUBLISH_DEADLINE).until(() -> published(behindIt) && published(ofAnother));

        assertEquals(parkedBefore + 1, metrics.counter("tempora.outbox.parked").count());
        assertEquals(false, published(poison));
        List<String> keys = topics.readAll(POISON_TOPIC).stream().map(ConsumerRecord::key).toList();
        assertEquals(true, keys.contains(poisoned + "/" + poisoned) && keys.contains(other + "/" + other));
    }

    private static final String POISON_TOPIC = Topics.PROVIDER_ORGANIZATION_EVENTS.name();

    private UUID insertRow(UUID organization, String payload) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_event (id, organization_id, topic,"
                     + " record_key, event_type, payload, occurred_at) VALUES (?, ?, ?, ?, 'test', ?, now())")) {
            insert.setObject(1, id);
            insert.setObject(2, organization);
            insert.setString(3, POISON_TOPIC);
            insert.setString(4, organization + "/" + organization);
            insert.setString(5, payload);
            insert.executeUpdate();
        }
        return id;
    }

    private boolean parked(UUID row) throws SQLException {
        return rowIs(row, "parked_at IS NOT NULL AND attempts = 5 AND last_error LIKE 'RecordTooLarge%'");
    }

    private boolean published(UUID row) throws SQLException {
        return rowIs(row, "published_at IS NOT NULL");
    }

    private boolean rowIs(UUID row, String condition) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM outbox_event WHERE id = ? AND " + condition)) {
            query.setObject(1, row);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) == 1;
            }
        }
    }

    /** The relay tried, and Kafka (being down) did not acknowledge within the delivery timeout. */
    private void awaitFailedDeliveryAttempt() throws InterruptedException {
        double failuresBefore = unacknowledged().count();
        Instant deadline = Instant.now().plus(PUBLISH_DEADLINE);
        while (unacknowledged().count() <= failuresBefore) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the relay never attempted a delivery while Kafka was down");
            }
            Thread.sleep(100);
        }
    }

    private Counter unacknowledged() {
        return metrics.counter("tempora.outbox.unacknowledged");
    }

    private UUID createOrganization(String name) {
        String id = given().contentType(ContentType.JSON).body("""
                        {"name":"%s","slug":"%s","timeZone":"Europe/Berlin","businessHours":[]}
                        """.formatted(name, "org-" + UUID.randomUUID().toString().substring(0, 8)))
                .when().post("/v1/organizations")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private void rename(UUID organization, long version, String name) {
        String slug = given().when().get("/v1/organizations/" + organization).then().extract().path("slug");
        given().contentType(ContentType.JSON).body("""
                        {"name":"%s","slug":"%s","timeZone":"Europe/Berlin","businessHours":[],"version":%d}
                        """.formatted(name, slug, version))
                .when().put("/v1/organizations/" + organization)
                .then().statusCode(200);
    }

    private List<ConsumerRecord<String, String>> recordsOf(UUID organization) {
        String key = organization + "/" + organization;
        return topics.readAll(Topics.PROVIDER_ORGANIZATIONS.name()).stream()
                .filter(record -> record.key().equals(key))
                .sorted(java.util.Comparator.comparingLong(ConsumerRecord::offset))
                .toList();
    }

    private static OrganizationSnapshot snapshot(ConsumerRecord<String, String> record) {
        return EventJson.readEnvelope(record.value(), OrganizationSnapshot.class).payload();
    }

    private static List<Long> versions(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> snapshot(record).version()).toList();
    }

    private int pendingRowsFor(Set<UUID> organizations) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND organization_id = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("uuid", organizations.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private void awaitNoPendingRowsFor(Set<UUID> organizations) throws Exception {
        Instant deadline = Instant.now().plus(PUBLISH_DEADLINE);
        while (pendingRowsFor(organizations) > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("outbox rows of " + organizations.stream().map(UUID::toString)
                        .collect(Collectors.joining(", ")) + " not published within " + PUBLISH_DEADLINE);
            }
            Thread.sleep(100);
        }
    }
}
