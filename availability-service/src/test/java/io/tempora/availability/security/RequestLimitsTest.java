package io.tempora.availability.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tempora.localstack.LocalStackTestResource;

/** Public availability is limited per caller, and bodies are limited in size, on every service alike. */
@QuarkusTest
@TestProfile(RequestLimitsTest.TightLimits.class)
class RequestLimitsTest {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tempora.rate-limit.limits.availability.per-second", "0.1",
                    "tempora.rate-limit.limits.availability.burst", "3");
        }
    }

    private final UUID organization = UUID.randomUUID();

    @Test
    void anAnonymousCallerPastTheBurstIsToldToComeBackLaterWhileOthersAreStillServed() {
        String slots = "/v1/organizations/" + organization + "/availability?serviceId=" + UUID.randomUUID();
        for (int call = 0; call < 3; call++) {
            given().noFilters().get(slots).then().statusCode(not(equalTo(429)));
        }
        given().noFilters().get(slots)
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));

        // a signed-in client is limited by who they are, not by the address they share
        String client = LocalStackTestResource.shared().tokens().client(organization, UUID.randomUUID());
        given().noFilters().header("Authorization", "Bearer " + client).get(slots).then().statusCode(400);
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedBeforeItIsRead() {
        String owner = LocalStackTestResource.shared().tokens().owner(organization);
        given().noFilters().header("Authorization", "Bearer " + owner).contentType("application/json")
                .body("{\"notes\": \"" + "x".repeat(300 * 1024) + "\"}")
                .post("/v1/organizations/" + organization + "/availability/check")
                .then().statusCode(413);
    }
}
