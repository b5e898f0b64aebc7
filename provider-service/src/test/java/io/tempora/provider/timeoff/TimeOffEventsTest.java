package io.tempora.provider.timeoff;

import static io.restassured.RestAssured.given;
import static io.tempora.localstack.JsonApi.post;
import static io.tempora.provider.ProviderApi.createOrganization;
import static io.tempora.provider.ProviderApi.createProvider;
import static io.tempora.provider.ProviderApi.providers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.provider.TimeOffEvents;
import io.tempora.contracts.provider.TimeOffSnapshot;
import io.tempora.localstack.LocalStackTestResource;
import io.tempora.localstack.TopicReader;

/** Other services learn of time off decisions from the event topic, in the order they were made. */
@QuarkusTest
class TimeOffEventsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void requestedApprovedAndDeniedArriveInOrderWithTheirPayloads() throws Exception {
        UUID salon = createOrganization("Elite Hair Salon");
        UUID reza = createProvider(salon, "INDIVIDUAL", "Reza", null);
        UUID sara = createProvider(salon, "INDIVIDUAL", "Sara", null);
        String base = providers(salon) + "/" + reza + "/time-off";
        String owner = "owner-" + UUID.randomUUID();
        String token = LocalStackTestResource.shared().tokens().token().subject(owner).organization(salon)
                .roles("OWNER").sign();
        UUID vacation = UUID.fromString(post(base, Map.of("allDay", true, "startDate", "2026-12-24",
                "endDate", "2026-12-26", "type", "VACATION")).statusCode(201).extract().path("id"));
        as(token).body(Map.of("coverageProviderId", sara)).post(base + "/" + vacation + "/approve").then().statusCode(200);
        UUID training = UUID.fromString(post(base, Map.of("start", "2027-01-05T09:00:00-05:00",
                "end", "2027-01-05T12:00:00-05:00", "type", "TRAINING")).statusCode(201).extract().path("id"));
        as(token).body(Map.of("note", "not this week")).post(base + "/" + training + "/deny").then().statusCode(200);

        TopicReader topics = new TopicReader(bootstrapServers);
        List<ConsumerRecord<String, String>> events = topics.awaitRecords(Topics.PROVIDER_TIME_OFF_EVENTS.name(),
                record -> record.key().startsWith(salon.toString()), 4, DEADLINE);

        assertEquals(List.of(TimeOffEvents.REQUESTED, TimeOffEvents.APPROVED, TimeOffEvents.REQUESTED,
                TimeOffEvents.DENIED), events.stream().map(record -> envelope(record).get("type").asText()).toList());
        JsonNode requested = envelope(events.get(0)).get("payload");
        assertEquals(salon.toString(), requested.get("organizationId").asText());
        assertEquals(reza.toString(), requested.get("providerId").asText());
        assertEquals(vacation.toString(), requested.get("timeOffId").asText());
        assertEquals("2026-12-24", requested.get("startDate").asText());
        assertEquals("2026-12-26", requested.get("endDate").asText());
        assertEquals("VACATION", requested.get("type").asText());

        TimeOffEvents.Approved approved = EventJson.readEnvelope(events.get(1).value(), TimeOffEvents.Approved.class)
                .payload();
        assertEquals(owner, approved.approvedBy());
        assertEquals(sara, approved.coverageProviderId());
        assertEquals(Instant.parse("2026-12-24T05:00:00Z"), approved.start());

        TimeOffEvents.Denied denied = EventJson.readEnvelope(events.get(3).value(), TimeOffEvents.Denied.class)
                .payload();
        assertEquals(training, denied.timeOffId());
        assertEquals(owner, denied.deniedBy());

        TimeOffSnapshot latest = EventJson.readEnvelope(topics.awaitRecords(Topics.PROVIDER_TIME_OFF.name(),
                record -> record.key().equals(RecordKey.of(salon, vacation).toString()), 2, DEADLINE).get(1).value(),
                TimeOffSnapshot.class).payload();
        assertEquals("APPROVED", latest.status());
        assertEquals(LocalDate.of(2026, 12, 24), latest.startDate());
    }

    private static JsonNode envelope(ConsumerRecord<String, String> record) {
        try {
            return EventJson.mapper().readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json");
    }
}
