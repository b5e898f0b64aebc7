package io.tempora.provider.imports;

import static io.restassured.RestAssured.given;
import static io.tempora.provider.ProviderApi.providers;
import static io.tempora.provider.ProviderApi.services;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.tempora.contracts.Topics;
import io.tempora.localstack.LocalStackTestResource;
import io.tempora.localstack.TopicReader;

/** A solo practice moves in: everything once, nothing twice, and what does not fit is reported. */
@QuarkusTest
class SoloPracticeImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMPORT = "/v1/imports/solo-practice";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final UUID organization = UUID.randomUUID();

    @Test
    void theExamplePracticeArrivesWholeAsASingleProviderOrganizationAndItsAppointmentsGoToBookingService() throws IOException {
        ObjectNode practice = example();

        importing(practice, false).statusCode(200)
                .body("organization.created", equalTo(1))
                .body("provider.created", equalTo(1))
                .body("schedule.created", equalTo(1))
                .body("holidays.created", equalTo(1))
                .body("services.created", equalTo(3))
                .body("appointments.created", equalTo(200))
                .body("unplaced", empty());

        given().get("/v1/organizations/" + organization).then().statusCode(200)
                .body("multiProviderEnabled", equalTo(false)).body("timeZone", equalTo("Europe/Berlin"));
        given().get(providers(organization)).then().body("items.name", contains("Dr. Anna Weber"));
        given().get(services(organization)).then().body("items", hasSize(3))
                .body("items[0].providers", hasSize(1));
        List<?> handedOver = new TopicReader(bootstrapServers).awaitRecords(Topics.BOOKING_IMPORTS.name(),
                record -> record.key().startsWith(organization + "/"), 200, Duration.ofSeconds(30));
        assertEquals(200, handedOver.size());
    }

    @Test
    void importingTheSameFileAgainCreatesNothing() throws IOException {
        ObjectNode practice = example();
        importing(practice, false).statusCode(200);

        importing(practice, false).statusCode(200)
                .body("organization.existing", equalTo(1))
                .body("provider.created", equalTo(0))
                .body("schedule.created", equalTo(0))
                .body("holidays.created", equalTo(0))
                .body("services.created", equalTo(0)).body("services.existing", equalTo(3))
                .body("appointments.created", equalTo(0)).body("appointments.existing", equalTo(200));
        given().get(providers(organization)).then().body("items", hasSize(1));
    }

    @Test
    void ofTwoOverlappingAppointmentsTheFirstIsPlacedAndTheSecondReported() throws IOException {
        ObjectNode practice = example();
        ArrayNode appointments = (ArrayNode) practice.get("appointments");
        ObjectNode first = (ObjectNode) appointments.get(0);
        ObjectNode overlapping = first.deepCopy();
        overlapping.put("externalId", "APT-DOUBLE").put("status", "CONFIRMED");
        first.put("status", "CONFIRMED");
        appointments.insert(1, overlapping);

        importing(practice, false).statusCode(200)
                .body("appointments.created", equalTo(200))
                .body("unplaced.externalId", contains("APT-DOUBLE"))
                .body("unplaced[0].reason", equalTo("OVERLAPS_ANOTHER"))
                .body("unplaced[0].detail", equalTo("overlaps appointment " + first.get("externalId").asText()));
    }

    @Test
    void aDryRunReportsWhatWouldBeAndWritesNothing() throws IOException {
        importing(example(), true).statusCode(200)
                .body("dryRun", equalTo(true))
                .body("organization.created", equalTo(1))
                .body("appointments.created", equalTo(200));

        given().get("/v1/organizations/" + organization).then().statusCode(404);
    }

    @Test
    void aFileThatIsNotAPracticeIsRefusedNamingTheFieldsAndNothingIsWritten() throws IOException {
        ObjectNode practice = example();
        ((ObjectNode) practice.get("practice")).put("timeZone", "Mars/Olympus");
        ((ObjectNode) practice.get("services").get(0)).remove("durationMinutes");

        importing(practice, false).statusCode(400)
                .body("errors.field", contains("practice.timeZone", "services[0].durationMinutes"));
        given().get("/v1/organizations/" + organization).then().statusCode(404);
    }

    private ValidatableResponse importing(ObjectNode practice, boolean dryRun) {
        String owner = LocalStackTestResource.shared().tokens().owner(organization);
        return given().header("Authorization", "Bearer " + owner).contentType("application/json")
                .queryParam("dryRun", dryRun).body(practice.toString()).post(IMPORT).then();
    }

    /** The example shipped in docs/examples, with a slug of its own so that tests do not collide. */
    private ObjectNode example() throws IOException {
        ObjectNode practice = (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "docs", "examples", "solo-practice.json")));
        ((ObjectNode) practice.get("practice")).put("slug", "weber-" + organization.toString().substring(0, 8));
        return practice;
    }
}
