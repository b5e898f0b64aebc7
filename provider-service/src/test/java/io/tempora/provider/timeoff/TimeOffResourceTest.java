package io.tempora.provider.timeoff;

import static io.restassured.RestAssured.given;
import static io.tempora.localstack.JsonApi.PROBLEM_JSON;
import static io.tempora.localstack.JsonApi.get;
import static io.tempora.localstack.JsonApi.post;
import static io.tempora.provider.ProviderApi.createOrganization;
import static io.tempora.provider.ProviderApi.createProvider;
import static io.tempora.provider.ProviderApi.providers;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.localstack.LocalStackTestResource;

@QuarkusTest
class TimeOffResourceTest {

    private UUID salon;
    private UUID reza;
    private UUID sara;

    @BeforeEach
    void salonWithTwoBarbers() {
        salon = createOrganization("Elite Hair Salon");
        reza = createProvider(salon, "INDIVIDUAL", "Reza", null);
        sara = createProvider(salon, "INDIVIDUAL", "Sara", null);
    }

    private String timeOff(UUID provider) {
        return providers(salon) + "/" + provider + "/time-off";
    }

    private String requestVacation(UUID provider) {
        return post(timeOff(provider), Map.of("allDay", true, "startDate", "2026-12-24", "endDate", "2026-12-26",
                "type", "VACATION", "reason", "Family")).statusCode(201).extract().header("Location");
    }

    @Test
    void wholeDaysAreTheProvidersLocalDaysFromMidnightToMidnight() {
        String vacation = requestVacation(reza);

        get(vacation).statusCode(200)
                .body("status", equalTo("REQUESTED"))
                .body("start", equalTo("2026-12-24T05:00:00Z"))
                .body("end", equalTo("2026-12-27T05:00:00Z"))
                .body("startDate", equalTo("2026-12-24"));
    }

    @Test
    void anExactSpanKeepsItsInstants() {
        post(timeOff(reza), Map.of("start", "2026-12-01T13:00:00-05:00", "end", "2026-12-01T17:00:00-05:00",
                "type", "TRAINING"))
                .statusCode(201)
                .body("allDay", equalTo(false))
                .body("start", equalTo("2026-12-01T18:00:00Z"))
                .body("end", equalTo("2026-12-01T22:00:00Z"));
    }

    @Test
    void requestedTimeOffIsApprovedOnceWithItsCoverageByWhomTheTokenSays() {
        String vacation = requestVacation(reza);
        String owner = LocalStackTestResource.shared().tokens().token().subject("owner-ada").organization(salon)
                .roles("OWNER").sign();

        post(vacation + "/approve", Map.of("decidedBy", UUID.randomUUID(), "coverageProviderId", sara))
                .statusCode(400).body("errors[0].field", equalTo("decidedBy"));
        given().header("Authorization", "Bearer " + owner).contentType("application/json")
                .body(Map.of("coverageProviderId", sara)).post(vacation + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo("owner-ada"))
                .body("coverageProviderId", equalTo(sara.toString()));

        post(vacation + "/approve").statusCode(409).contentType(PROBLEM_JSON);
        post(vacation + "/deny").statusCode(409);
        post(vacation + "/cancel").statusCode(200).body("status", equalTo("CANCELLED"));
        post(vacation + "/cancel").statusCode(409);
    }

    @Test
    void aDeniedRequestCannotBeApprovedLater() {
        String vacation = requestVacation(reza);
        post(vacation + "/deny", Map.of("note", "Christmas is our busiest week")).statusCode(200)
                .body("status", equalTo("DENIED")).body("decisionNote", equalTo("Christmas is our busiest week"));

        post(vacation + "/approve").statusCode(409).contentType(PROBLEM_JSON);
        get(vacation).body("status", equalTo("DENIED"));
    }

    @Test
    void theApprovalQueueListsRequestedTimeOffAcrossProviders() {
        requestVacation(reza);
        String saras = requestVacation(sara);
        post(saras + "/approve").statusCode(200);

        get("/v1/organizations/" + salon + "/time-off?status=REQUESTED")
                .body("items.providerId", contains(reza.toString()));
        get(timeOff(sara) + "?status=APPROVED").body("totalItems", equalTo(1));
    }

    @Test
    void badRequestsAreRefusedNamingTheFieldAndNothingIsRecorded() {
        UUID stranger = createProvider(createOrganization("Other"), "INDIVIDUAL", "Stranger", null);

        post(timeOff(reza), Map.of("allDay", true, "startDate", "2026-12-26", "endDate", "2026-12-24", "type", "SICK"))
                .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("endDate"));
        post(timeOff(reza), Map.of("start", "2026-12-01T17:00:00Z", "end", "2026-12-01T13:00:00Z", "type", "SICK"))
                .statusCode(400).body("errors[0].field", equalTo("end"));
        post(timeOff(reza), Map.of("start", "2026-12-01T13:00:00Z", "type", "SICK"))
                .statusCode(400).body("errors.field", hasItem("end"));
        post(timeOff(reza), Map.of("allDay", true, "startDate", "2026-12-24", "endDate", "2026-12-24",
                "type", "SICK", "coverageProviderId", UUID.randomUUID()))
                .statusCode(400).body("errors[0].field", equalTo("coverageProviderId"));
        post(timeOff(reza), Map.of("allDay", true, "startDate", "2026-12-24", "endDate", "2026-12-24",
                "type", "SICK", "coverageProviderId", stranger))
                .statusCode(400).body("errors[0].field", equalTo("coverageProviderId"));
        post(timeOff(reza), Map.of("allDay", true, "startDate", "2026-12-24", "endDate", "2026-12-24",
                "type", "SICK", "coverageProviderId", reza))
                .statusCode(400).body("errors[0].field", equalTo("coverageProviderId"));
        post(timeOff(reza), Map.of("allDay", true, "startDate", "2026-12-24", "endDate", "2026-12-24",
                "type", "HOLIDAY"))
                .statusCode(400).body("errors[0].field", equalTo("type"));

        get(timeOff(reza)).body("totalItems", equalTo(0));
        get("/v1/organizations/" + salon + "/time-off").body("items.providerId", not(hasItem(reza.toString())));
    }

    @Test
    void anotherOrganizationsTimeOffIsNotFound() {
        String vacation = requestVacation(reza);
        String id = vacation.substring(vacation.lastIndexOf('/') + 1);
        UUID other = createOrganization("Other");

        get("/v1/organizations/" + other + "/providers/" + reza + "/time-off/" + id).statusCode(404);
        post("/v1/organizations/" + other + "/providers/" + reza + "/time-off/" + id + "/approve").statusCode(404);
        get(vacation).body("status", equalTo("REQUESTED"));
    }
}
