package io.tempora.resource.requirement;

import static io.restassured.RestAssured.given;
import static io.tempora.resource.ResourceApi.PROBLEM_JSON;
import static io.tempora.resource.ResourceApi.createType;
import static io.tempora.resource.ResourceApi.put;
import static io.tempora.resource.ResourceApi.requirements;
import static io.tempora.resource.ResourceApi.types;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.localstack.TopicWriter;
import io.tempora.contracts.rules.ProviderSelection;

@QuarkusTest
class RequirementResourceTest {

    private final UUID organization = UUID.randomUUID();
    private final UUID physiotherapy = UUID.randomUUID();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** provider-service announces the service; resource-service learns of it from the topic. */
    @BeforeEach
    void physiotherapyIsOffered() throws InterruptedException {
        try (TopicWriter writer = new TopicWriter(bootstrapServers)) {
            writer.publish(Topics.PROVIDER_SERVICES, RecordKey.of(organization, physiotherapy), ServiceSnapshot.TYPE,
                    new ServiceSnapshot(physiotherapy, organization, "Physiotherapy", 45, 0, 15, 15, 1, 0, 90,
                            ProviderSelection.CLIENT_CHOOSES, null, null, true, List.of(), 0));
        }
        Instant deadline = Instant.now().plusSeconds(30);
        while (given().when().get(requirements(organization, physiotherapy)).then().extract().statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("service not known to resource-service within 30 s");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void aServiceStartsWithoutRequirementsAndTheListIsReplacedAsAWhole() {
        UUID room = createType(organization, "Treatment Room");
        UUID laser = createType(organization, "Laser");
        given().when().get(requirements(organization, physiotherapy))
                .then().statusCode(200).body("requirements", hasSize(0));

        put(requirements(organization, physiotherapy), Map.of("requirements", List.of(
                Map.of("resourceTypeId", room, "quantity", 1), Map.of("resourceTypeId", laser, "quantity", 2))))
                .statusCode(200).body("requirements", hasSize(2));
        put(requirements(organization, physiotherapy), Map.of("requirements", List.of(
                Map.of("resourceTypeId", laser, "quantity", 1))))
                .statusCode(200);

        given().when().get(requirements(organization, physiotherapy))
                .then().statusCode(200)
                .body("requirements", hasSize(1))
                .body("requirements[0].resourceTypeId", equalTo(laser.toString()))
                .body("requirements[0].quantity", equalTo(1))
                .body("version", equalTo(1));
    }

    @Test
    void aStaleVersionIsAConflict() {
        UUID room = createType(organization, "Room");
        put(requirements(organization, physiotherapy), Map.of("requirements", List.of())).statusCode(200);
        put(requirements(organization, physiotherapy), Map.of("requirements",
                List.of(Map.of("resourceTypeId", room, "quantity", 1)), "version", 0)).statusCode(200);

        put(requirements(organization, physiotherapy), Map.of("requirements", List.of(), "version", 0))
                .statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    void aRequiredTypeCannotBeDeleted() {
        UUID room = createType(organization, "Room");
        put(requirements(organization, physiotherapy), Map.of("requirements",
                List.of(Map.of("resourceTypeId", room, "quantity", 1)))).statusCode(200);

        given().when().delete(types(organization) + "/" + room).then().statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    void unknownServicesAndServicesOfOtherOrganizationsAreNotFound() {
        given().when().get(requirements(organization, UUID.randomUUID()))
                .then().statusCode(404).contentType(PROBLEM_JSON);
        put(requirements(UUID.randomUUID(), physiotherapy), Map.of("requirements", List.of()))
                .statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void badRequirementsAreRefusedNamingTheEntryAndChangeNothing() {
        UUID room = createType(organization, "Room");
        UUID otherOrganizationsRoom = createType(UUID.randomUUID(), "Room");
        put(requirements(organization, physiotherapy), Map.of("requirements",
                List.of(Map.of("resourceTypeId", room, "quantity", 1)))).statusCode(200);

        put(requirements(organization, physiotherapy), Map.of("requirements",
                List.of(Map.of("resourceTypeId", room, "quantity", 0))))
                .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("requirements[0].quantity"));
        put(requirements(organization, physiotherapy), Map.of("requirements",
                List.of(Map.of("resourceTypeId", room, "quantity", 1), Map.of("resourceTypeId", UUID.randomUUID(), "quantity", 1))))
                .statusCode(400).body("errors[0].field", equalTo("requirements[1].resourceTypeId"));
        put(requirements(organization, physiotherapy), Map.of("requirements",
                List.of(Map.of("resourceTypeId", otherOrganizationsRoom, "quantity", 1))))
                .statusCode(400).body("errors[0].field", equalTo("requirements[0].resourceTypeId"));
        put(requirements(organization, physiotherapy), Map.of("requirements",
                List.of(Map.of("resourceTypeId", room, "quantity", 1), Map.of("resourceTypeId", room, "quantity", 2))))
                .statusCode(400).body("errors[0].field", equalTo("requirements[1].resourceTypeId"));

        given().when().get(requirements(organization, physiotherapy))
                .then().body("requirements", hasSize(1)).body("requirements[0].quantity", equalTo(1))
                .body("version", equalTo(0));
    }
}
