package io.tempora.provider.provider;

import static io.tempora.localstack.JsonApi.PROBLEM_JSON;
import static io.tempora.localstack.JsonApi.get;
import static io.tempora.localstack.JsonApi.post;
import static io.tempora.localstack.JsonApi.put;
import static io.tempora.provider.ProviderApi.createOrganization;
import static io.tempora.provider.ProviderApi.createProvider;
import static io.tempora.provider.ProviderApi.createService;
import static io.tempora.provider.ProviderApi.providers;
import static io.tempora.provider.ProviderApi.services;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProviderResourceTest {

    private UUID salon;

    @BeforeEach
    void eliteHairSalon() {
        salon = createOrganization("Elite Hair Salon");
    }

    @Test
    void aProviderTakesTheOrganizationsTimeZoneUnlessGivenOne() {
        UUID nancy = createProvider(salon, Map.of("type", "INDIVIDUAL", "name", "Nancy", "colorCode", "#1e88e5",
                "specialties", List.of("Swedish massage")));
        UUID remote = createProvider(salon, Map.of("type", "INDIVIDUAL", "name", "Remote",
                "timeZone", "Europe/Berlin"));

        get(providers(salon) + "/" + nancy).statusCode(200)
                .body("timeZone", equalTo("America/New_York"))
                .body("colorCode", equalTo("#1E88E5"))
                .body("independent", equalTo(true))
                .body("active", equalTo(true));
        get(providers(salon) + "/" + remote).body("timeZone", equalTo("Europe/Berlin"));
    }

    @Test
    void theSalonGrowsIntoAHierarchyThatListsFilter() {
        UUID ali = createProvider(salon, Map.of("type", "ORGANIZATION", "name", "Ali",
                "specialties", List.of("Haircut", "Beard trimming")));
        UUID reza = createProvider(salon, Map.of("type", "INDIVIDUAL", "name", "Reza", "parentProviderId", ali,
                "specialties", List.of("Beard styling")));
        UUID sara = createProvider(salon, Map.of("type", "INDIVIDUAL", "name", "Sara", "parentProviderId", ali,
                "specialties", List.of("Women's styling")));

        get(providers(salon) + "/" + reza).body("parentProviderId", equalTo(ali.toString()))
                .body("independent", equalTo(false));
        get(providers(salon) + "?parentProviderId=" + ali).body("items.name", contains("Reza", "Sara"));
        get(providers(salon) + "?type=ORGANIZATION").body("items.name", contains("Ali"));
        get(providers(salon) + "?specialty=BEARD").body("items.name", containsInAnyOrder("Ali", "Reza"));
        get(providers(salon) + "?specialty=styling&parentProviderId=" + ali).body("items.name", contains("Reza", "Sara"));
        get(providers(salon) + "?size=2").body("items.size()", equalTo(2)).body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        get(providers(salon) + "/" + sara).statusCode(200);
    }

    @Test
    void onlyAnActiveOrganizationTypeProviderOfTheSameOrganizationCanBeAParent() {
        UUID reza = createProvider(salon, "INDIVIDUAL", "Reza", null);
        UUID elsewhere = createProvider(createOrganization("Elsewhere"), "ORGANIZATION", "Other salon", null);
        UUID closed = createProvider(salon, "ORGANIZATION", "Closed branch", null);
        put(providers(salon) + "/" + closed, Map.of("type", "ORGANIZATION", "name", "Closed branch", "active", false,
                "version", 0)).statusCode(200);

        for (UUID parent : List.of(reza, elsewhere, closed, UUID.randomUUID())) {
            post(providers(salon), Map.of("type", "INDIVIDUAL", "name", "Sara", "parentProviderId", parent))
                    .statusCode(400).contentType(PROBLEM_JSON)
                    .body("errors[0].field", equalTo("parentProviderId"));
        }
        get(providers(salon) + "?type=INDIVIDUAL").body("items.name", contains("Reza"));
    }

    @Test
    void aParentThatWouldCloseACycleIsRefusedAndNothingChanges() {
        UUID chain = createProvider(salon, "ORGANIZATION", "Chain", null);
        UUID branch = createProvider(salon, "ORGANIZATION", "Branch", chain);
        UUID shop = createProvider(salon, "ORGANIZATION", "Shop", branch);

        put(providers(salon) + "/" + chain, Map.of("type", "ORGANIZATION", "name", "Chain", "parentProviderId", shop,
                "version", 0))
                .statusCode(409).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("parentProviderId"));
        put(providers(salon) + "/" + chain, Map.of("type", "ORGANIZATION", "name", "Chain", "parentProviderId", chain,
                "version", 0))
                .statusCode(409);

        get(providers(salon) + "/" + chain).body("parentProviderId", nullValue()).body("version", equalTo(0));
    }

    @Test
    void deactivationKeepsTheProviderAndItsHistoryReadable() {
        UUID reza = createProvider(salon, "INDIVIDUAL", "Reza", null);

        put(providers(salon) + "/" + reza, Map.of("type", "INDIVIDUAL", "name", "Reza", "active", false, "version", 0))
                .statusCode(200).body("active", equalTo(false));

        get(providers(salon) + "/" + reza).statusCode(200).body("name", equalTo("Reza"));
        get(providers(salon) + "?active=true").body("items.size()", equalTo(0));
        get(providers(salon) + "?active=false").body("items.name", contains("Reza"));
    }

    @Test
    void anIndependentPractitionerWhoHiresBecomesAnOrganizationAndKeepsHerServices() {
        UUID nancy = createProvider(salon, "INDIVIDUAL", "Nancy", null);
        UUID massage = createService(salon, "Massage", 60);
        post(services(salon) + "/" + massage + "/providers", Map.of("providerId", nancy)).statusCode(201);

        post(providers(salon) + "/" + nancy + "/convert-to-organization").statusCode(200)
                .body("id", equalTo(nancy.toString()))
                .body("type", equalTo("ORGANIZATION"))
                .body("version", equalTo(1));
        UUID assistant = createProvider(salon, "INDIVIDUAL", "Assistant", nancy);

        get(services(salon) + "/" + massage + "/providers").body("providerId", contains(nancy.toString()));
        post(providers(salon) + "/" + nancy + "/convert-to-organization").statusCode(409).contentType(PROBLEM_JSON);
        post(providers(salon) + "/" + assistant + "/convert-to-organization").statusCode(409);
    }

    @Test
    void theTypeChangesOnlyThroughConversion() {
        UUID reza = createProvider(salon, "INDIVIDUAL", "Reza", null);

        put(providers(salon) + "/" + reza, Map.of("type", "ORGANIZATION", "name", "Reza", "version", 0))
                .statusCode(400).body("errors[0].field", equalTo("type"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsCreated() {
        post(providers(salon), Map.of("type", "INDIVIDUAL", "name", "Sara", "colorCode", "blue"))
                .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("colorCode"));
        post(providers(salon), Map.of("type", "INDIVIDUAL", "name", "Sara", "timeZone", "Mars/Olympus_Mons"))
                .statusCode(400).body("errors[0].field", equalTo("timeZone"));
        post(providers(salon), Map.of("type", "FREELANCER", "name", "Sara"))
                .statusCode(400).body("errors[0].field", equalTo("type"));
        post(providers(salon), Map.of("type", "INDIVIDUAL", "name", "Sara", "avatarUrl", "javascript:alert(1)"))
                .statusCode(400).body("errors[0].field", equalTo("avatarUrl"));
        post(providers(salon), Map.of("type", "INDIVIDUAL", "name", "Sara", "specialties", List.of("ok", " ")))
                .statusCode(400).body("errors[0].field", equalTo("specialties[1]"));
        post(providers(UUID.randomUUID()), Map.of("type", "INDIVIDUAL", "name", "Sara")).statusCode(404);

        get(providers(salon)).body("totalItems", equalTo(0));
    }

    @Test
    void anotherOrganizationsProviderIsNotFound() {
        UUID reza = createProvider(salon, "INDIVIDUAL", "Reza", null);
        UUID other = createOrganization("Other");

        get(providers(other) + "/" + reza).statusCode(404).contentType(PROBLEM_JSON);
        put(providers(other) + "/" + reza, Map.of("type", "INDIVIDUAL", "name", "Taken", "version", 0)).statusCode(404);
        get(providers(salon) + "/" + reza).body("name", equalTo("Reza"));
    }
}
