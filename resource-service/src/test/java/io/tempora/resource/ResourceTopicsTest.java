package io.tempora.resource;

import static io.restassured.RestAssured.given;
import static io.tempora.resource.ResourceApi.createResource;
import static io.tempora.resource.ResourceApi.createType;
import static io.tempora.resource.ResourceApi.put;
import static io.tempora.resource.ResourceApi.requirements;
import static io.tempora.resource.ResourceApi.resources;
import static io.tempora.resource.ResourceApi.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.resource.ResourceRequirementsSnapshot;
import io.tempora.contracts.resource.ResourceSnapshot;
import io.tempora.contracts.resource.ResourceTypeSnapshot;
import io.tempora.localstack.TopicReader;
import io.tempora.localstack.TopicWriter;
import io.tempora.contracts.rules.ProviderSelection;

/** What a consumer such as availability-service finds on the three topics after a series of edits. */
@QuarkusTest
class ResourceTopicsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theLatestSnapshotOfEachEntityIsTheLastRecordOfItsKey() throws Exception {
        UUID organization = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter(bootstrapServers)) {
            writer.publish(Topics.PROVIDER_SERVICES, RecordKey.of(organization, service), ServiceSnapshot.TYPE,
                    new ServiceSnapshot(service, organization, "Massage", 60, 0, 0, 30, 1, 0, 60,
                            ProviderSelection.CLIENT_CHOOSES, null, null, true, List.of(), 0));
        }
        UUID room = createType(organization, "Room");
        put(types(organization) + "/" + room, Map.of("name", "Treatment Room", "version", 0)).statusCode(200);
        UUID first = createResource(organization, room, null);
        UUID second = createResource(organization, room, null);
        put(resources(organization) + "/" + first, Map.of("resourceTypeId", room, "capacity", 3, "version", 0))
                .statusCode(200);
        given().when().delete(resources(organization) + "/" + second).then().statusCode(200);
        awaitKnown(organization, service);
        put(requirements(organization, service), Map.of("requirements",
                List.of(Map.of("resourceTypeId", room, "quantity", 2)))).statusCode(200);
        put(requirements(organization, service), Map.of("requirements",
                List.of(Map.of("resourceTypeId", room, "quantity", 1)))).statusCode(200);

        TopicReader topics = new TopicReader(bootstrapServers);
        ResourceTypeSnapshot type = latest(topics, Topics.RESOURCE_TYPES.name(), RecordKey.of(organization, room), 2,
                ResourceTypeSnapshot.class);
        assertEquals("Treatment Room", type.name());
        assertEquals(1, type.version());

        ResourceSnapshot resized = latest(topics, Topics.RESOURCE_RESOURCES.name(), RecordKey.of(organization, first), 2,
                ResourceSnapshot.class);
        assertEquals(3, resized.capacity());
        assertEquals("Treatment Room 1", resized.name());
        ResourceSnapshot deleted = latest(topics, Topics.RESOURCE_RESOURCES.name(), RecordKey.of(organization, second), 2,
                ResourceSnapshot.class);
        assertTrue(deleted.deleted());

        ResourceRequirementsSnapshot required = latest(topics, Topics.RESOURCE_REQUIREMENTS.name(),
                RecordKey.of(organization, service), 2, ResourceRequirementsSnapshot.class);
        assertEquals(List.of(new ResourceRequirementsSnapshot.Requirement(room, 1)), required.requirements());
    }

    private static <T> T latest(TopicReader topics, String topic, RecordKey key, int expectedRecords, Class<T> type) {
        List<ConsumerRecord<String, String>> records = topics.awaitRecords(topic,
                record -> record.key().equals(key.toString()), expectedRecords, DEADLINE);
        assertEquals(expectedRecords, records.size(), "one record per change of " + key + " on " + topic);
        return EventJson.readEnvelope(records.get(records.size() - 1).value(), type).payload();
    }

    private static void awaitKnown(UUID organization, UUID service) throws InterruptedException {
        java.time.Instant deadline = java.time.Instant.now().plus(DEADLINE);
        while (given().when().get(requirements(organization, service)).then().extract().statusCode() != 200) {
            if (java.time.Instant.now().isAfter(deadline)) {
                throw new AssertionError("service " + service + " never became known");
            }
            Thread.sleep(50);
        }
    }
}
