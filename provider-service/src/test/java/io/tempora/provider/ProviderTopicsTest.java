package io.tempora.provider;

import static io.tempora.localstack.JsonApi.delete;
import static io.tempora.localstack.JsonApi.post;
import static io.tempora.localstack.JsonApi.put;
import static io.tempora.provider.ProviderApi.createOrganization;
import static io.tempora.provider.ProviderApi.createProvider;
import static io.tempora.provider.ProviderApi.createService;
import static io.tempora.provider.ProviderApi.providers;
import static io.tempora.provider.ProviderApi.services;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.provider.OrganizationSnapshot;
import io.tempora.contracts.provider.ProviderSnapshot;
import io.tempora.contracts.provider.ProviderSchedulesSnapshot;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.localstack.TopicReader;

/** What availability-service finds on provider-service's compacted topics after a series of edits. */
@QuarkusTest
class ProviderTopicsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theLastRecordOfEachKeyIsTheEntitysLatestStateAndADeletedServiceLeavesATombstone() {
        UUID salon = createOrganization("Elite Hair Salon");
        UUID ali = createProvider(salon, "ORGANIZATION", "Ali", null);
        UUID reza = createProvider(salon, "INDIVIDUAL", "Reza", null);
        put(providers(salon) + "/" + reza, Map.of("type", "INDIVIDUAL", "name", "Reza", "parentProviderId", ali,
                "colorCode", "#00AA00", "specialties", List.of("Beard"), "version", 0)).statusCode(200);
        UUID trim = createService(salon, "Beard trim", 30);
        post(services(salon) + "/" + trim + "/providers", Map.of("providerId", reza, "priority", 1)).statusCode(201);
        put(services(salon) + "/" + trim, Map.of("name", "Beard trim", "durationMinutes", 45, "version", 1))
                .statusCode(200);
        UUID color = createService(salon, "Color", 90);
        delete(services(salon) + "/" + color).statusCode(204);

        TopicReader topics = new TopicReader(bootstrapServers);
        OrganizationSnapshot organization = payload(last(topics, Topics.PROVIDER_ORGANIZATIONS.name(),
                RecordKey.of(salon, salon), 1), OrganizationSnapshot.class);
        assertEquals("America/New_York", organization.timeZone());
        assertFalse(organization.multiProviderEnabled());

        ProviderSnapshot linked = payload(last(topics, Topics.PROVIDER_PROVIDERS.name(), RecordKey.of(salon, reza), 2),
                ProviderSnapshot.class);
        assertEquals(ali, linked.parentProviderId());
        assertFalse(linked.independent());
        assertEquals("#00AA00", linked.colorCode());
        assertEquals(1, linked.version());

        ServiceSnapshot service = payload(last(topics, Topics.PROVIDER_SERVICES.name(), RecordKey.of(salon, trim), 3),
                ServiceSnapshot.class);
        assertEquals(45, service.durationMinutes());
        assertEquals(2, service.version());
        assertEquals(List.of(new ServiceSnapshot.Offering(reza, 1, null, null)), service.providers());

        ConsumerRecord<String, String> deleted = last(topics, Topics.PROVIDER_SERVICES.name(),
                RecordKey.of(salon, color), 2);
        assertNull(deleted.value(), "a deleted service ends in a tombstone");
    }

    /** A schedule that has ended offers nothing: it leaves the provider's snapshot, which stays the size of the present. */
    @Test
    void schedulesThatEndedLeaveTheSnapshot() {
        UUID salon = createOrganization("Seasonal Salon");
        UUID reza = createProvider(salon, "INDIVIDUAL", "Reza", null);
        String schedules = providers(salon) + "/" + reza + "/schedules";
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("America/New_York"));
        post(schedules, Map.of("effectiveFrom", today.minusYears(1).toString(), "effectiveUntil",
                today.minusMonths(6).toString(), "blocks", List.of(Map.of("dayOfWeek", "MONDAY", "start", "09:00",
                        "end", "12:00", "type", "AVAILABLE")))).statusCode(201);
        UUID current = UUID.fromString(post(schedules, Map.of("effectiveFrom", today.minusMonths(1).toString(),
                "blocks", List.of(Map.of("dayOfWeek", "MONDAY", "start", "09:00", "end", "17:00", "type", "AVAILABLE"))))
                .statusCode(201).extract().path("id"));

        ProviderSchedulesSnapshot snapshot = payload(last(new TopicReader(bootstrapServers),
                Topics.PROVIDER_SCHEDULES.name(), RecordKey.of(salon, reza), 2), ProviderSchedulesSnapshot.class);
        assertEquals(List.of(current), snapshot.schedules().stream().map(ProviderSchedulesSnapshot.Schedule::id).toList());
    }

    private static ConsumerRecord<String, String> last(TopicReader topics, String topic, RecordKey key, int count) {
        List<ConsumerRecord<String, String>> records = topics.awaitRecords(topic,
                record -> record.key().equals(key.toString()), count, DEADLINE);
        assertEquals(count, records.size(), "one record per change of " + key + " on " + topic);
        return records.get(records.size() - 1);
    }

    private static <T> T payload(ConsumerRecord<String, String> record, Class<T> type) {
        return EventJson.readEnvelope(record.value(), type).payload();
    }
}
