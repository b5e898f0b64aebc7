package io.tempora.provider.override;

import static io.tempora.localstack.JsonApi.PROBLEM_JSON;
import static io.tempora.localstack.JsonApi.delete;
import static io.tempora.localstack.JsonApi.get;
import static io.tempora.localstack.JsonApi.post;
import static io.tempora.localstack.JsonApi.put;
import static io.tempora.provider.ProviderApi.createOrganization;
import static io.tempora.provider.ProviderApi.createProvider;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.provider.DateOverrideSnapshot;
import io.tempora.localstack.TopicReader;

@QuarkusTest
class DateOverrideResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private UUID salon;
    private UUID reza;
    private String overrides;

    @BeforeEach
    void salon() {
        salon = createOrganization("Elite Hair Salon");
        reza = createProvider(salon, "INDIVIDUAL", "Reza", null);
        overrides = "/v1/organizations/" + salon + "/date-overrides";
    }

    private static Map<String, Object> hours(String start, String end) {
        return Map.of("start", start, "end", end);
    }

    @Test
    void holidaysSpecialHoursAndProviderOverridesAreListedByScope() {
        post(overrides, Map.of("date", "2026-12-25", "name", "Christmas", "closed", true)).statusCode(201)
                .body("providerId", equalTo(null)).body("closed", equalTo(true));
        post(overrides, Map.of("date", "2026-12-24", "name", "Christmas Eve", "intervals", List.of(hours("09:00", "13:00"))))
                .statusCode(201);
        post(overrides, Map.of("providerId", reza, "date", "2026-12-25", "intervals", List.of(hours("10:00", "12:00")),
                "workOnHoliday", true)).statusCode(201).body("workOnHoliday", equalTo(true));
        post(overrides, Map.of("providerId", reza, "date", "2026-12-31", "closed", true)).statusCode(201);

        get(overrides + "?organizationOnly=true").body("items.name", contains("Christmas Eve", "Christmas"));
        get(overrides + "?providerId=" + reza).body("items.date", contains("2026-12-25", "2026-12-31"));
        get(overrides + "?from=2026-12-25&to=2026-12-25").body("totalItems", equalTo(2));
    }

    @Test
    void eachDateHasOneOverridePerScope() {
        post(overrides, Map.of("date", "2026-12-25", "closed", true)).statusCode(201);

        post(overrides, Map.of("date", "2026-12-25", "intervals", List.of(hours("10:00", "12:00"))))
                .statusCode(409).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("date"));
        post(overrides, Map.of("providerId", reza, "date", "2026-12-25", "closed", true)).statusCode(201);
    }

    @Test
    void inconsistentOverridesAreRefusedNamingTheFieldAndNothingIsStored() {
        post(overrides, Map.of("date", "2026-12-25", "closed", true, "intervals", List.of(hours("10:00", "12:00"))))
                .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("intervals"));
        post(overrides, Map.of("date", "2026-12-25"))
                .statusCode(400).body("errors[0].field", equalTo("intervals"));
        post(overrides, Map.of("date", "2026-12-25", "intervals", List.of(hours("12:00", "10:00"))))
                .statusCode(400).body("errors[0].field", equalTo("intervals[0].end"));
        post(overrides, Map.of("date", "2026-12-25", "intervals", List.of(hours("09:00", "12:00"), hours("11:00", "13:00"))))
                .statusCode(400).body("errors[0].field", equalTo("intervals[1]"));
        post(overrides, Map.of("date", "2026-12-25", "closed", true, "workOnHoliday", true))
                .statusCode(400).body("errors[0].field", equalTo("workOnHoliday"));
        post(overrides, Map.of("providerId", UUID.randomUUID(), "date", "2026-12-25", "closed", true))
                .statusCode(400).body("errors[0].field", equalTo("providerId"));
        post(overrides, Map.of("date", "2026-13-45", "closed", true))
                .statusCode(400).body("errors[0].field", equalTo("date"));

        get(overrides).body("totalItems", equalTo(0));
    }

    @Test
    void aChangedOverrideIsRepublishedAndARemovedOneLeavesATombstone() {
        String christmas = post(overrides, Map.of("date", "2026-12-25", "closed", true)).statusCode(201)
                .extract().header("Location");
        UUID id = UUID.fromString(christmas.substring(christmas.lastIndexOf('/') + 1));
        put(christmas, Map.of("date", "2026-12-25", "intervals", List.of(hours("10:00", "14:00")), "version", 0))
                .statusCode(200).body("closed", equalTo(false));
        put(christmas, Map.of("providerId", reza, "date", "2026-12-25", "closed", true, "version", 1))
                .statusCode(400).body("errors[0].field", equalTo("providerId"));
        delete(christmas).statusCode(204);
        get(christmas).statusCode(404);

        List<ConsumerRecord<String, String>> records = new TopicReader(bootstrapServers).awaitRecords(
                Topics.PROVIDER_DATE_OVERRIDES.name(), record -> record.key().equals(RecordKey.of(salon, id).toString()),
                3, Duration.ofSeconds(60));
        DateOverrideSnapshot changed = EventJson.readEnvelope(records.get(1).value(), DateOverrideSnapshot.class).payload();
        assertEquals(List.of(new DateOverrideSnapshot.Interval(java.time.LocalTime.of(10, 0), java.time.LocalTime.of(14, 0))),
                changed.intervals());
        assertNull(records.get(2).value());
    }
}
