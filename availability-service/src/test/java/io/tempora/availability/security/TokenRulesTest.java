package io.tempora.availability.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.tempora.contracts.identity.ServiceTokens;
import io.tempora.contracts.rules.ProviderSelection;
import io.tempora.localstack.LocalStackTestResource;
import io.tempora.localstack.Publisher;
import io.tempora.localstack.TokenIssuer;

/** Tokens are exactly what they say: one kind of caller each, a service's marked as such, a provider's naming them. */
@QuarkusTest
class TokenRulesTest {

    private final TokenIssuer tokens = LocalStackTestResource.shared().tokens();
    private final UUID organization = UUID.randomUUID();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aTokenMixingAMembersRoleWithServiceOrPlatformIsRefused() {
        check(tokens.token().organization(organization).roles("OWNER", "SERVICE").keyId(ServiceTokens.KEY_ID).sign())
                .statusCode(401).body("detail", containsString("never several"));
        check(tokens.token().organization(organization).roles("CLIENT", "PLATFORM").sign()).statusCode(401);
    }

    @Test
    void onlyATokenATemporaServiceSignedForItselfIsAService() {
        check(tokens.token().subject("booking-service").roles("SERVICE").sign())
                .statusCode(401).body("detail", containsString("signed for itself"));
        check(tokens.service("booking-service")).statusCode(404);
    }

    @Test
    void aProviderTokenMustNameItsProvider() {
        check(tokens.token().organization(organization).roles("PROVIDER").sign())
                .statusCode(401).body("detail", containsString("provider_id"));
    }

    @Test
    void aClientOfAnotherOrganizationSeesThisOnesAvailabilityAsAVisitorWould() {
        UUID practice;
        UUID service;
        try (Publisher publish = new Publisher(bootstrapServers)) {
            publish.organization(true);
            UUID ana = publish.provider("Ana");
            service = publish.service(60, 1, ProviderSelection.CLIENT_CHOOSES, List.of(ana));
            publish.schedule(ana, List.of(DayOfWeek.values()), LocalTime.of(9, 0), LocalTime.of(12, 0));
            practice = publish.organization;
        }
        LocalDate day = LocalDate.now(ZoneId.of(Publisher.ZONE)).plusDays(7);
        String slots = "/v1/organizations/" + practice + "/availability?serviceId=" + service + "&from=" + day + "&to=" + day;
        String stranger = tokens.client(UUID.randomUUID(), UUID.randomUUID());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                given().noFilters().get(slots).then().extract().statusCode() == 200);

        given().noFilters().header("Authorization", "Bearer " + stranger).get(slots)
                .then().statusCode(200).body("days[0].slots.size()", equalTo(3));
        given().noFilters().header("Authorization", "Bearer " + stranger).contentType("application/json")
                .body(Map.of("serviceId", service, "start", day.atTime(9, 0).atZone(ZoneId.of(Publisher.ZONE))
                        .toOffsetDateTime().toString()))
                .post("/v1/organizations/" + practice + "/availability/check")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private ValidatableResponse check(String token) {
        return given().noFilters().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("serviceId", UUID.randomUUID(), "start", "2027-01-04T09:00:00Z"))
                .post("/v1/organizations/" + organization + "/availability/check").then()
                .contentType("application/problem+json");
    }
}
