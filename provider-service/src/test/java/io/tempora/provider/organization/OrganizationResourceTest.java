package io.tempora.provider.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class OrganizationResourceTest {

    static final String PROBLEM_JSON = "application/problem+json";

    static String organizationJson(String slug) {
        return """
                {"name":"Elite Hair Salon","slug":"%s","timeZone":"America/New_York",
                 "businessHours":[{"dayOfWeek":"MONDAY","start":"09:00","end":"17:00"},
                                  {"dayOfWeek":"SATURDAY","start":"10:00","end":"14:00"}]}
                """.formatted(slug);
    }

    static String uniqueSlug() {
        return "salon-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String create(String slug) {
        return given().contentType(ContentType.JSON).body(organizationJson(slug))
                .when().post("/v1/organizations")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void createdOrganizationIsReadableAtItsLocationWithLocalBusinessHours() {
        String slug = uniqueSlug();
        String location = given().contentType(ContentType.JSON).body(organizationJson(slug))
                .when().post("/v1/organizations")
                .then().statusCode(201)
                .header("Location", containsString("/v1/organizations/"))
                .body("status", equalTo("ACTIVE"))
                .body("multiProviderEnabled", equalTo(false))
                .body("version", equalTo(0))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body("slug", equalTo(slug))
                .body("timeZone", equalTo("America/New_York"))
                .body("businessHours[0].start", equalTo("09:00:00"))
                .body("businessHours[1].dayOfWeek", equalTo("SATURDAY"));
    }

    @Test
    void aSecondOrganizationCannotTakeATakenSlug() {
        String slug = uniqueSlug();
        create(slug);

        given().contentType(ContentType.JSON).body(organizationJson(slug))
                .when().post("/v1/organizations")
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("slug"));
    }

    @Test
    void replacingWithAStaleVersionIsAConflictAndChangesNothing() {
        String id = create(uniqueSlug());
        String renamed = organizationJson(uniqueSlug()).replace("Elite Hair Salon", "Renamed")
                .replace("\"timeZone\"", "\"version\":0,\"timeZone\"");
        given().contentType(ContentType.JSON).body(renamed)
                .when().put("/v1/organizations/" + id)
                .then().statusCode(200).body("version", equalTo(1)).body("name", equalTo("Renamed"));

        given().contentType(ContentType.JSON).body(renamed.replace("Renamed", "Lost update"))
                .when().put("/v1/organizations/" + id)
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://tempora.dev/problems/concurrent-modification"));

        given().when().get("/v1/organizations/" + id).then().body("name", equalTo("Renamed"));
    }

    @Test
    void invalidFieldsAreAllNamedInOneProblem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", " ", "slug", "No Spaces", "timeZone", "Mars/Olympus", "businessHours", java.util.List.of()))
                .when().post("/v1/organizations")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid request"))
                .body("errors.field", hasItems("name", "slug", "timeZone"));
    }

    @Test
    void hoursThatEndBeforeTheyStartOrOverlapAreNamedByIndex() {
        String body = organizationJson(uniqueSlug()).replace(
                "{\"dayOfWeek\":\"SATURDAY\",\"start\":\"10:00\",\"end\":\"14:00\"}",
                "{\"dayOfWeek\":\"MONDAY\",\"start\":\"16:00\",\"end\":\"18:00\"},{\"dayOfWeek\":\"TUESDAY\",\"start\":\"18:00\",\"end\":\"08:00\"}");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/organizations")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItems("businessHours[1]", "businessHours[2].end"));
    }

    @Test
    void aMalformedBodyIsA400NamingTheField() {
        given().contentType(ContentType.JSON)
                .body(organizationJson(uniqueSlug()).replace("\"MONDAY\"", "\"MOONDAY\""))
                .when().post("/v1/organizations")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("businessHours[0].dayOfWeek"))
                .body("detail", containsString("MOONDAY"));

        given().contentType(ContentType.JSON)
                .body(organizationJson(uniqueSlug()).replace("\"09:00\"", "\"9 o'clock\""))
                .when().post("/v1/organizations")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("businessHours[0].start"));
    }

    @Test
    void bodyThatIsNotJsonOrMissingIsA400() {
        given().contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/v1/organizations")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("title", equalTo("Malformed request body"));

        given().contentType(ContentType.JSON)
                .when().post("/v1/organizations")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("body"));
    }

    @Test
    void aMalformedIdIsA400NamingTheParameterAndAnUnknownOneA404() {
        given().when().get("/v1/organizations/not-a-uuid")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("organizationId"))
                .body("instance", equalTo("/v1/organizations/not-a-uuid"));

        given().when().get("/v1/organizations/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", startsWith("https://tempora.dev/problems/not-found"));
    }

    @Test
    void listingPagesThroughOrganizationsAndRejectsABadPageSize() {
        create(uniqueSlug());
        given().queryParam("size", 1).when().get("/v1/organizations")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("size", equalTo(1))
                .body("totalItems", notNullValue());

        given().queryParam("size", 1000).when().get("/v1/organizations")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("size"));
    }

    @Test
    void unknownPathsAndMethodsAnswerWithProblems() {
        given().when().get("/v1/nothing-here").then().statusCode(404).contentType(PROBLEM_JSON);
        given().when().delete("/v1/organizations").then().statusCode(405).contentType(PROBLEM_JSON);
    }
}
