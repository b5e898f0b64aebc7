package io.tempora.localstack;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Short JSON calls for REST tests that read as specifications. */
public final class JsonApi {

    public static final String PROBLEM_JSON = "application/problem+json";

    private JsonApi() {
    }

    public static ValidatableResponse get(String path) {
        return given().when().get(path).then();
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    public static ValidatableResponse post(String path) {
        return given().when().post(path).then();
    }

    public static ValidatableResponse put(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().put(path).then();
    }

    public static ValidatableResponse delete(String path) {
        return given().when().delete(path).then();
    }
}
