package io.tempora.resource;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.ValidatableResponse;
import io.tempora.localstack.JsonApi;

/** The resource-service API as a client uses it, for tests that read as specifications. */
public final class ResourceApi {

    public static final String PROBLEM_JSON = JsonApi.PROBLEM_JSON;

    private ResourceApi() {
    }

    public static String types(UUID organization) {
        return "/v1/organizations/" + organization + "/resource-types";
    }

    public static String resources(UUID organization) {
        return "/v1/organizations/" + organization + "/resources";
    }

    public static String requirements(UUID organization, UUID service) {
        return "/v1/organizations/" + organization + "/services/" + service + "/resource-requirements";
    }

    public static ValidatableResponse post(String path, Object body) {
        return JsonApi.post(path, body);
    }

    public static ValidatableResponse put(String path, Object body) {
        return JsonApi.put(path, body);
    }

    public static UUID createType(UUID organization, String name) {
        return UUID.fromString(post(types(organization), Map.of("name", name)).statusCode(201).extract().path("id"));
    }

    public static UUID createResource(UUID organization, UUID type, String name) {
        Map<String, Object> body = name == null ? Map.of("resourceTypeId", type)
                : Map.of("resourceTypeId", type, "name", name);
        return UUID.fromString(post(resources(organization), body).statusCode(201).extract().path("id"));
    }

    /** Names of the live resources of a type, as the list endpoint shows them. */
    public static List<String> liveNames(UUID organization, UUID type) {
        return given().queryParam("resourceTypeId", type).queryParam("size", 100)
                .when().get(resources(organization))
                .then().statusCode(200).extract().path("items.name");
    }
}
