package io.tempora.availability.slots;

import static io.restassured.RestAssured.given;
import static io.tempora.localstack.JsonApi.PROBLEM_JSON;
import static io.tempora.localstack.JsonApi.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.tempora.localstack.Publisher;
import io.tempora.contracts.rules.ProviderSelection;

@QuarkusTest
class AvailabilityResourceTest {

    private static final ZoneId NEW_YORK = ZoneId.of(Publisher.ZONE);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private Publisher publish;
    private LocalDate monday;
    private UUID dana;
    private UUID lee;
    private UUID physio;
    private UUID yoga;

    @BeforeEach
    void twoPhysiotherapistsAndAYogaClass() throws InterruptedException {
        publish = new Publisher(bootstrapServers);
        monday = LocalDate.now(NEW_YORK).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        publish.organization(true);
        dana = publish.provider("Dana");
        lee = publish.provider("Lee");
        physio = publish.service(60, 1, ProviderSelection.CLIENT_CHOOSES, List.of(dana, lee));
        yoga = publish.service(60, 8, ProviderSelection.AUTO_ASSIGN, List.of(dana));
        publish.schedule(dana, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0));
        publish.schedule(lee, DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0));
        awaitKnown();
    }

    @AfterEach
    void close() {
        publish.close();
    }

    private RequestSpecification availability(UUID service) {
        return given().queryParam("serviceId", service).queryParam("from", monday.toString())
                .queryParam("to", monday.toString());
    }

    private String path() {
        return "/v1/organizations/" + publish.organization + "/availability";
    }

    private void awaitKnown() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            var response = availability(yoga).when().get(path()).then().extract();
            if (response.statusCode() == 200 && ((List<?>) response.path("days[0].slots")).size() == 2) {
                List<?> physioSlots = availability(physio).when().get(path()).then().extract().path("days[0].slots");
                if (physioSlots != null && physioSlots.size() == 3) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("published set-up never became visible");
    }

    @Test
    void answersAreGzippedForClientsThatAcceptIt() throws IOException {
        // without RestAssured's own decoders, which would ask for gzip itself and unpack the answer
        RestAssuredConfig asSent = RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        String plain = availability(physio).config(asSent).when().get(path())
                .then().statusCode(200).header("Content-Encoding", nullValue()).extract().asString();
        byte[] zipped = availability(physio).config(asSent).header("Accept-Encoding", "gzip").when().get(path())
                .then().statusCode(200).header("Content-Encoding", equalTo("gzip")).extract().asByteArray();

        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            assertEquals(plain, new String(unzipped.readAllBytes(), StandardCharsets.UTF_8), "the same answer, compressed");
        }
        assertTrue(zipped.length < plain.length(), zipped.length + " bytes instead of " + plain.length());
    }

    @Test
    void anyProviderIsTheUnionAndEachSlotListsItsCandidatesWithTheirSeats() {
        availability(physio).when().get(path()).then().statusCode(200)
                .body("timezone", equalTo(Publisher.ZONE))
                .body("days", hasSize(1))
                .body("days[0].date", equalTo(monday.toString()))
                .body("days[0].slots.remainingCapacity", contains(1, 2, 1))
                .body("days[0].slots[1].providers.name", contains("Dana", "Lee"))
                .body("days[0].slots[1].providers[0].color", equalTo("#112233"))
                .body("days[0].slots[0].start", equalTo(monday + "T09:00:00" + offset(9)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCompactFormSaysWhatTheFullOneSaysWithEachProviderListedOnce() {
        JsonPath full = availability(physio).when().get(path()).then().statusCode(200).extract().jsonPath();
        JsonPath compact = availability(physio).queryParam("form", "compact").when().get(path())
                .then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> providers = compact.getList("providers");
        assertEquals(List.of("Dana", "Lee"), providers.stream().map(provider -> provider.get("name")).sorted().toList(),
                "each candidate provider once");
        List<Map<String, Object>> fullSlots = full.getList("days[0].slots");
        List<Map<String, Object>> compactSlots = compact.getList("days[0].slots");
        assertEquals(fullSlots.size(), compactSlots.size());
        for (int i = 0; i < fullSlots.size(); i++) {
            Map<String, Object> expanded = new HashMap<>(compactSlots.get(i));
            expanded.put("providers", ((List<Integer>) expanded.get("providers")).stream().map(index -> {
                Map<String, Object> candidate = new HashMap<>(providers.get(index));
                candidate.put("remainingSeats", 1);
                return candidate;
            }).toList());
            assertEquals(fullSlots.get(i), expanded, "slot " + i);
        }
        assertEquals(full.getString("timezone"), compact.getString("timezone"));

        availability(yoga).queryParam("form", "compact").when().get(path()).then().statusCode(200)
                .body("providers", hasSize(0))
                .body("days[0].slots[0].remainingCapacity", equalTo(8))
                .body("days[0].slots[0].providers", nullValue());
        availability(physio).queryParam("form", "smallest").when().get(path()).then().statusCode(400)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("form"));
    }

    @Test
    void oneProviderNarrowsTheSlotsAndAutoAssignedServicesShowOnlyCapacity() {
        availability(physio).queryParam("providerId", lee).when().get(path()).then().statusCode(200)
                .body("days[0].slots.start", contains(monday + "T10:00:00" + offset(10), monday + "T11:00:00" + offset(11)));
        availability(yoga).when().get(path()).then().statusCode(200)
                .body("days[0].slots[0].remainingCapacity", equalTo(8))
                .body("days[0].slots[0].providers", nullValue());
    }

    @Test
    void theClientsTimeZoneDecidesTheDaysAndOffsets() {
        given().queryParam("serviceId", physio).queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(1).toString()).queryParam("timezone", "Asia/Tokyo")
                .when().get(path()).then().statusCode(200)
                .body("timezone", equalTo("Asia/Tokyo"))
                .body("days.date", contains(monday.toString(), monday.plusDays(1).toString()))
                .body("days[0].slots.start", contains(monday + "T" + tokyoHour(9) + ":00:00+09:00"))
                .body("days[1].slots.remainingCapacity", contains(2, 1));
    }

    @Test
    void theCheckNamesEveryConflictAndTheCandidatesInAssignmentOrder() {
        String check = path() + "/check";
        post(check, Map.of("serviceId", physio, "start", monday + "T10:00:00" + offset(10)))
                .statusCode(200)
                .body("bookable", equalTo(true))
                .body("candidates", contains(dana.toString(), lee.toString()))
                .body("conflicts", hasSize(0));
        post(check, Map.of("serviceId", physio, "start", monday + "T09:00:00" + offset(9), "providerId", lee))
                .statusCode(200)
                .body("bookable", equalTo(false))
                .body("conflicts", contains("OUTSIDE_DEFAULT_AVAILABILITY"));
        post(check, Map.of("serviceId", physio, "start", "2020-01-06T10:00:00-05:00"))
                .statusCode(200)
                .body("conflicts[0]", equalTo("PAST"));
    }

    @Test
    void badQueriesAreProblemsNamingTheParameter() {
        given().queryParam("serviceId", physio).queryParam("from", monday.toString())
                .queryParam("to", monday.minusDays(1).toString())
                .when().get(path()).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("to"));
        given().queryParam("serviceId", physio).queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(62).toString())
                .when().get(path()).then().statusCode(400).body("errors[0].field", equalTo("to"));
        availability(physio).queryParam("timezone", "Mars/Olympus").when().get(path())
                .then().statusCode(400).body("errors[0].field", equalTo("timezone"));
        availability(physio).queryParam("seats", 0).when().get(path())
                .then().statusCode(400).body("errors[0].field", equalTo("seats"));
        availability(physio).queryParam("seats", 2).when().get(path())
                .then().statusCode(400).body("errors[0].field", equalTo("seats"));
        availability(UUID.randomUUID()).when().get(path()).then().statusCode(404).contentType(PROBLEM_JSON);
        given().queryParam("from", monday.toString()).queryParam("to", monday.toString())
                .when().get(path()).then().statusCode(400).body("errors[0].field", equalTo("serviceId"));
        given().queryParam("serviceId", physio).queryParam("from", "next monday").queryParam("to", monday.toString())
                .when().get(path()).then().statusCode(400).body("errors[0].field", equalTo("from"));
        availability(physio).when().get("/v1/organizations/" + UUID.randomUUID() + "/availability")
                .then().statusCode(404);
    }

    private String offset(int hour) {
        return monday.atTime(hour, 0).atZone(NEW_YORK).getOffset().getId();
    }

    private String tokyoHour(int newYorkHour) {
        return String.format("%02d", monday.atTime(newYorkHour, 0).atZone(NEW_YORK)
                .withZoneSameInstant(ZoneId.of("Asia/Tokyo")).getHour());
    }
}
