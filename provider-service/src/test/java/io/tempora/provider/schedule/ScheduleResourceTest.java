package io.tempora.provider.schedule;

import static io.tempora.localstack.JsonApi.PROBLEM_JSON;
import static io.tempora.localstack.JsonApi.delete;
import static io.tempora.localstack.JsonApi.get;
import static io.tempora.localstack.JsonApi.post;
import static io.tempora.localstack.JsonApi.put;
import static io.tempora.provider.ProviderApi.createOrganization;
import static io.tempora.provider.ProviderApi.createProvider;
import static io.tempora.provider.ProviderApi.providers;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
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
import io.tempora.contracts.provider.ProviderSchedulesSnapshot;
import io.tempora.localstack.TopicReader;

@QuarkusTest
class ScheduleResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private UUID salon;
    private UUID ali;
    private UUID reza;
    private UUID nancy;

    @BeforeEach
    void salonOpenWeekdaysNineToFive() {
        salon = createOrganization("Elite Hair Salon");
        ali = createProvider(salon, "ORGANIZATION", "Ali", null);
        reza = createProvider(salon, "INDIVIDUAL", "Reza", ali);
        nancy = createProvider(salon, "INDIVIDUAL", "Nancy", null);
    }

    private static Map<String, Object> block(String day, String start, String end, String type) {
        return Map.of("dayOfWeek", day, "start", start, "end", end, "type", type);
    }

    private static Map<String, Object> schedule(String from, String until, List<Map<String, Object>> blocks) {
        Map<String, Object> body = new HashMap<>(Map.of("effectiveFrom", from, "blocks", blocks));
        if (until != null) {
            body.put("effectiveUntil", until);
        }
        return body;
    }

    private String schedules(UUID provider) {
        return providers(salon) + "/" + provider + "/schedules";
    }

    @Test
    void daylightSavingDaysKeepTheirLocalHoursInStorageAndOnTheTopic() {
        String schedule = post(schedules(nancy), schedule("2027-03-01", "2027-11-30",
                List.of(block("SUNDAY", "09:00", "17:00", "AVAILABLE"))))
                .statusCode(201).extract().header("Location");

        get(schedule).statusCode(200)
                .body("blocks[0].start", equalTo("09:00:00"))
                .body("blocks[0].end", equalTo("17:00:00"))
                .body("effectiveFrom", equalTo("2027-03-01"));

        ConsumerRecord<String, String> record = new TopicReader(bootstrapServers).awaitRecords(
                Topics.PROVIDER_SCHEDULES.name(), r -> r.key().equals(RecordKey.of(salon, nancy).toString()), 1,
                Duration.ofSeconds(60)).get(0);
        assertEquals(record.value().contains("\"start\":\"09:00:00\""), true, record.value());
        ProviderSchedulesSnapshot published = EventJson.readEnvelope(record.value(), ProviderSchedulesSnapshot.class)
                .payload();
        ProviderSchedulesSnapshot.Block sunday = published.schedules().get(0).blocks().get(0);
        assertEquals(LocalTime.of(9, 0), sunday.start());
        assertEquals(LocalTime.of(17, 0), sunday.end());
        // both DST Sundays of 2027 in New York fall inside the schedule: the same 09:00-17:00 applies
        assertEquals(true, published.schedules().get(0).inEffectOn(java.time.LocalDate.of(2027, 3, 14)));
        assertEquals(true, published.schedules().get(0).inEffectOn(java.time.LocalDate.of(2027, 11, 7)));
    }

    @Test
    void successiveSchedulesMayFollowEachOtherButNeverApplyOnTheSameDate() {
        post(schedules(nancy), schedule("2026-01-01", "2026-05-31",
                List.of(block("MONDAY", "09:00", "17:00", "AVAILABLE")))).statusCode(201);
        post(schedules(nancy), schedule("2026-06-01", "2026-08-31",
                List.of(block("MONDAY", "08:00", "13:00", "AVAILABLE")))).statusCode(201);

        post(schedules(nancy), schedule("2026-08-31", null, List.of(block("MONDAY", "10:00", "18:00", "AVAILABLE"))))
                .statusCode(409).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("effectiveFrom"));
        post(schedules(nancy), schedule("2025-12-01", null, List.of()))
                .statusCode(409);

        get(schedules(nancy)).body("effectiveFrom", contains("2026-01-01", "2026-06-01"));
    }

    @Test
    void breaksLieInsideAvailableHoursAndBlocksNeitherOverlapNorRunOvernight() {
        post(schedules(nancy), schedule("2026-01-01", null, List.of(
                block("MONDAY", "09:00", "17:00", "AVAILABLE"),
                block("MONDAY", "12:00", "13:00", "BREAK")))).statusCode(201).body("blocks", hasSize(2));
        UUID other = createProvider(salon, "INDIVIDUAL", "Other", null);

        post(schedules(other), schedule("2026-01-01", null, List.of(
                block("MONDAY", "09:00", "13:00", "AVAILABLE"),
                block("MONDAY", "12:00", "17:00", "AVAILABLE"))))
                .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("blocks[1]"));
        post(schedules(other), schedule("2026-01-01", null, List.of(block("FRIDAY", "22:00", "02:00", "AVAILABLE"))))
                .statusCode(400).body("errors[0].field", equalTo("blocks[0].end"))
                .body("detail", containsString("overnight"));
        post(schedules(other), schedule("2026-01-01", null, List.of(
                block("MONDAY", "09:00", "12:00", "AVAILABLE"), block("MONDAY", "18:00", "19:00", "BREAK"))))
                .statusCode(400).body("errors[0].field", equalTo("blocks[1]"));
        post(schedules(other), schedule("2026-03-01", "2026-02-01", List.of()))
                .statusCode(400).body("errors[0].field", equalTo("effectiveUntil"));

        get(schedules(other)).body("$", hasSize(0));
    }

    /** A shift from 22:00 to 02:00 is Friday 22:00-24:00 and Saturday 00:00-02:00; 24:00 is read and written as such. */
    @Test
    void aBlockMayEndAt24() {
        UUID nightShift = createProvider(salon, "INDIVIDUAL", "Night shift", null);

        post(schedules(nightShift), schedule("2026-01-01", null, List.of(
                block("FRIDAY", "22:00", "24:00", "AVAILABLE"), block("SATURDAY", "00:00", "02:00", "AVAILABLE"),
                block("FRIDAY", "23:30", "24:00", "BREAK"))))
                .statusCode(201).body("blocks.end", contains("24:00:00", "02:00:00", "24:00:00"));
        get(schedules(nightShift)).body("[0].blocks[0].end", equalTo("24:00:00"));
        post(schedules(createProvider(salon, "INDIVIDUAL", "Later", null)), schedule("2026-01-01", null,
                List.of(block("FRIDAY", "24:00", "24:00", "AVAILABLE"))))
                .statusCode(400).body("errors[0].field", equalTo("blocks[0].end"));
    }

    @Test
    void aProviderHasAtMostFiftySchedules() {
        UUID seasonal = createProvider(salon, "INDIVIDUAL", "Seasonal", null);
        java.time.LocalDate day = java.time.LocalDate.of(2027, 1, 1);
        for (int i = 0; i < ScheduleService.MAXIMUM_SCHEDULES_PER_PROVIDER; i++) {
            post(schedules(seasonal), schedule(day.plusDays(i).toString(), day.plusDays(i).toString(),
                    List.of(block("MONDAY", "09:00", "17:00", "AVAILABLE")))).statusCode(201);
        }

        post(schedules(seasonal), schedule(day.plusDays(60).toString(), null,
                List.of(block("MONDAY", "09:00", "17:00", "AVAILABLE"))))
                .statusCode(409).contentType(PROBLEM_JSON).body("detail", containsString("the most"));
    }

    @Test
    void aLinkedIndividualWorksOnlyWithinTheOrganizationsBusinessHours() {
        post(schedules(reza), schedule("2026-01-01", null, List.of(
                block("MONDAY", "09:00", "17:00", "AVAILABLE"),
                block("TUESDAY", "08:00", "12:00", "AVAILABLE"),
                block("SATURDAY", "10:00", "14:00", "AVAILABLE"))))
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("blocks[1]", "blocks[2]"))
                .body("errors[1].message", containsString("closed"));
        post(schedules(nancy), schedule("2026-01-01", null, List.of(block("SATURDAY", "10:00", "14:00", "AVAILABLE"))))
                .statusCode(201);

        post(schedules(reza), schedule("2026-01-01", null, List.of(block("MONDAY", "09:00", "17:00", "AVAILABLE"))))
                .statusCode(201);
    }

    @Test
    void aScheduleIsReplacedWithItsVersionAndRemoved() {
        String schedule = post(schedules(nancy), schedule("2026-01-01", null,
                List.of(block("MONDAY", "09:00", "17:00", "AVAILABLE")))).statusCode(201).extract().header("Location");

        Map<String, Object> later = schedule("2026-01-01", null, List.of(block("MONDAY", "10:00", "18:00", "AVAILABLE")));
        later.put("version", 0);
        put(schedule, later).statusCode(200).body("blocks[0].start", equalTo("10:00:00")).body("version", equalTo(1));
        put(schedule, later).statusCode(409);

        delete(schedule).statusCode(204);
        get(schedule).statusCode(404);
        get(schedules(UUID.randomUUID())).statusCode(404);
    }

    @Test
    void unknownDaysAndTypesAreNamed() {
        post(schedules(nancy), schedule("2026-01-01", null, List.of(block("FUNDAY", "09:00", "17:00", "AVAILABLE"))))
                .statusCode(400).body("errors[0].field", equalTo("blocks[0].dayOfWeek"));
        post(schedules(nancy), schedule("2026-01-01", null, List.of(block("MONDAY", "09:00", "17:00", "LUNCH"))))
                .statusCode(400).body("errors.field", hasItems("blocks[0].type"));
    }
}
