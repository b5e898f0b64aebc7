package io.tempora.provider.security;

import static io.restassured.RestAssured.given;
import static io.tempora.localstack.JsonApi.post;
import static io.tempora.localstack.JsonApi.put;
import static io.tempora.provider.ProviderApi.createOrganization;
import static io.tempora.provider.ProviderApi.createProvider;
import static io.tempora.provider.ProviderApi.createService;
import static io.tempora.provider.ProviderApi.id;
import static io.tempora.provider.ProviderApi.providers;
import static io.tempora.provider.ProviderApi.services;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.localstack.LocalStackTestResource;

/**
 * Anyone may look at a practice's storefront without signing in: its active providers and
 * services, with what a client chooses by (names, specialties, colours, durations, prices), and
 * nothing about how the practice is run.
 */
@QuarkusTest
class StorefrontTest {

    private UUID salon;

    @BeforeEach
    void salon() {
        salon = createOrganization("Storefront Salon");
    }

    @Test
    void theStorefrontShowsActiveProvidersWithTheirPublicFieldsOnly() {
        UUID reza = createProvider(salon, Map.of("type", "INDIVIDUAL", "name", "Reza",
                "specialties", java.util.List.of("Colour"), "colorCode", "#AA3366"));
        UUID gone = createProvider(salon, "INDIVIDUAL", "Gone", null);
        put(providers(salon) + "/" + gone, Map.of("type", "INDIVIDUAL", "name", "Gone", "active", false, "version", 0))
                .statusCode(200);

        given().noFilters().get(providers(salon) + "?active=false")
                .then().statusCode(200)
                .body("items.name", contains("Reza"))
                .body("items[0].specialties", contains("Colour"))
                .body("items[0].colorCode", equalTo("#AA3366"))
                .body("items[0]", not(hasKey("userId")))
                .body("items[0]", not(hasKey("version")))
                .body("items[0]", not(hasKey("active")));
        given().noFilters().get(providers(salon) + "/" + reza).then().statusCode(200).body("name", equalTo("Reza"));
        given().noFilters().get(providers(salon) + "/" + gone).then().statusCode(404);

        // staff see every provider and every field
        given().get(providers(salon)).then().body("items.name", containsInAnyOrder("Reza", "Gone"))
                .body("items[0]", hasKey("version"));
    }

    @Test
    void theStorefrontShowsActiveServicesWithoutTheirSchedulingSettings() {
        UUID cut = createService(salon, "Haircut", 45);
        UUID retired = createService(salon, "Perm", 90);
        given().delete(services(salon) + "/" + retired).then().statusCode(204);

        given().noFilters().get(services(salon))
                .then().statusCode(200)
                .body("items.name", contains("Haircut"))
                .body("items[0].durationMinutes", equalTo(45))
                .body("items[0]", not(hasKey("bufferBeforeMinutes")))
                .body("items[0]", not(hasKey("providers")));
        given().noFilters().get(services(salon) + "/" + cut).then().statusCode(200).body("name", equalTo("Haircut"));
        given().noFilters().get(services(salon) + "/" + retired).then().statusCode(404);
    }

    @Test
    void theStorefrontShowsEachProvidersOwnDurationAndPriceButNotTheirPriority() {
        UUID junior = createProvider(salon, "INDIVIDUAL", "Junior", null);
        UUID senior = createProvider(salon, "INDIVIDUAL", "Senior", null);
        UUID cut = id(post(services(salon), Map.of("name", "Haircut", "durationMinutes", 45,
                "price", Map.of("amount", "40.00", "currency", "EUR"))).statusCode(201).extract().path("id"));
        post(services(salon) + "/" + cut + "/providers", Map.of("providerId", junior, "priority", 1)).statusCode(201);
        post(services(salon) + "/" + cut + "/providers", Map.of("providerId", senior, "priority", 2, "durationMinutes", 30,
                "price", Map.of("amount", "65.00", "currency", "EUR"))).statusCode(201);

        given().noFilters().get(services(salon) + "/" + cut)
                .then().statusCode(200)
                .body("providerTerms.providerId", contains(junior.toString(), senior.toString()))
                .body("providerTerms.durationMinutes", contains(45, 30))
                .body("providerTerms.price.amount", contains(40.0f, 65.0f))
                .body("providerTerms[0]", not(hasKey("priority")));
    }

    @Test
    void aClientOfAnotherOrganizationSeesTheStorefrontAsAVisitorWould() {
        createProvider(salon, "INDIVIDUAL", "Reza", null);
        String stranger = LocalStackTestResource.shared().tokens().client(UUID.randomUUID(), UUID.randomUUID());

        given().noFilters().header("Authorization", "Bearer " + stranger).get(providers(salon))
                .then().statusCode(200).body("items.name", contains("Reza")).body("items[0]", not(hasKey("userId")));
        given().noFilters().header("Authorization", "Bearer " + stranger).get("/v1/organizations/" + salon)
                .then().statusCode(200).body("timeZone", notNullValue()).body("$", not(hasKey("version")))
                .body("$", not(hasKey("multiProviderEnabled")));
    }

    @Test
    void aVisitorReadsWhatTheBookingPageShowsOfAnOrganizationAndNothingMore() {
        given().noFilters().get("/v1/organizations/" + salon)
                .then().statusCode(200)
                .body("id", equalTo(salon.toString()))
                .body("name", notNullValue())
                .body("timeZone", notNullValue())
                .body("businessHours", not(empty()))
                .body("$", not(hasKey("status")))
                .body("$", not(hasKey("version")))
                .body("$", not(hasKey("createdAt")));
    }

    @Test
    void aClientsTokenSeesTheStorefrontToo() {
        createProvider(salon, "INDIVIDUAL", "Reza", null);
        String client = LocalStackTestResource.shared().tokens().client(salon, UUID.randomUUID());
        given().noFilters().header("Authorization", "Bearer " + client).get(providers(salon))
                .then().statusCode(200).body("items[0]", not(hasKey("userId")));
    }
}
