package io.tempora.resource.resourcetype;

import static io.restassured.RestAssured.given;
import static io.tempora.resource.ResourceApi.PROBLEM_JSON;
import static io.tempora.resource.ResourceApi.createResource;
import static io.tempora.resource.ResourceApi.createType;
import static io.tempora.resource.ResourceApi.post;
import static io.tempora.resource.ResourceApi.put;
import static io.tempora.resource.ResourceApi.types;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ResourceTypeResourceTest {

    private final UUID organization = UUID.randomUUID();

    @Test
    void aTypeNameIsUniqueWithinTheOrganizationIgnoringCase() {
        createType(organization, "Treatment Room");

        post(types(organization), Map.of("name", "treatment ROOM"))
                .statusCode(409).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("name"));
        createType(UUID.randomUUID(), "Treatment Room");
    }

    @Test
    void renamingNeedsTheCurrentVersionAndAFreeName() {
        UUID room = createType(organization, "Room");
        createType(organization, "Laser");

        put(types(organization) + "/" + room, Map.of("name", "LASER", "version", 0)).statusCode(409);
        put(types(organization) + "/" + room, Map.of("name", "Treatment Room", "version", 0))
                .statusCode(200).body("name", equalTo("Treatment Room")).body("version", equalTo(1));
        put(types(organization) + "/" + room, Map.of("name", "Stale", "version", 0))
                .statusCode(409).body("type", equalTo("https://tempora.dev/problems/concurrent-modification"));
        put(types(organization) + "/" + room, Map.of("name", "No version"))
                .statusCode(400).body("errors[0].field", equalTo("version"));
    }

    @Test
    void aDeletedTypeLeavesTheListButStaysReadableAndItsNameFree() {
        UUID laser = createType(organization, "Laser");

        given().when().delete(types(organization) + "/" + laser).then().statusCode(200).body("deleted", equalTo(true));

        given().when().get(types(organization)).then().statusCode(200).body("items.id", not(hasItem(laser.toString())));
        given().when().get(types(organization) + "/" + laser).then().statusCode(200).body("deleted", equalTo(true));
        createType(organization, "Laser");
    }

    @Test
    void aTypeWithResourcesCannotBeDeleted() {
        UUID room = createType(organization, "Room");
        createResource(organization, room, null);

        given().when().delete(types(organization) + "/" + room)
                .then().statusCode(409).contentType(PROBLEM_JSON);
        given().when().get(types(organization) + "/" + room).then().body("deleted", equalTo(false));
    }

    @Test
    void anotherOrganizationSeesNoneOfIt() {
        UUID room = createType(organization, "Room");

        given().when().get(types(UUID.randomUUID()) + "/" + room).then().statusCode(404).contentType(PROBLEM_JSON);
        given().when().delete(types(UUID.randomUUID()) + "/" + room).then().statusCode(404);
    }

    @Test
    void blankOrOverlongNamesAreRefusedAndNothingIsCreated() {
        post(types(organization), Map.of("name", "  ")).statusCode(400).body("errors[0].field", equalTo("name"));
        post(types(organization), Map.of("name", "x".repeat(500))).statusCode(400).body("errors[0].field", equalTo("name"));

        given().when().get(types(organization)).then().body("totalItems", equalTo(0));
    }
}
