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
