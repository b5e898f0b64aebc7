package io.tempora.provider.appointmenttype;

import static io.tempora.localstack.JsonApi.PROBLEM_JSON;
import static io.tempora.localstack.JsonApi.delete;
import static io.tempora.localstack.JsonApi.get;
import static io.tempora.localstack.JsonApi.post;
import static io.tempora.localstack.JsonApi.put;
import static io.tempora.provider.ProviderApi.createOrganization;
import static io.tempora.provider.ProviderApi.createProvider;
import static io.tempora.provider.ProviderApi.createService;
import static io.tempora.provider.ProviderApi.services;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AppointmentTypeResourceTest {

    private UUID salon;
    private UUID reza;
    private UUID sara;

    @BeforeEach
    void salonWithStaff() {
        salon = createOrganization("Elite Hair Salon");
        UUID ali = createProvider(salon, "ORGANIZATION", "Ali", null);
        reza = createProvider(salon, "INDIVIDUAL", "Reza", ali);
        sara = createProvider(salon, "INDIVIDUAL", "Sara", ali);
    }

    @Test
    void aServiceLeftMostlyUnsaidGetsSensibleDefaults() {
        UUID trim = createService(salon, "Beard trim", 30);

        get(services(salon) + "/" + trim).statusCode(200)
                .body("durationMinutes", equalTo(30))
                .body("slotStepMinutes", equalTo(30))
                .body("bufferBeforeMinutes", equalTo(0))
                .body("capacity", equalTo(1))
                .body("providerSelection", equalTo("CLIENT_CHOOSES"))
                .body("assignmentStrategy", equalTo("FIRST_AVAILABLE_BY_PRIORITY"))
                .body("maximumAdvanceDays", equalTo(90))
                .body("active", equalTo(true))
                .body("price", nullValue())
                .body("providers", hasSize(0));
    }

    @Test
    void aGroupServiceWithAutoAssignmentKeepsEverySetting() {
        post(services(salon), Map.ofEntries(Map.entry("name", "Yoga class"), Map.entry("durationMinutes", 60),
                Map.entry("bufferBeforeMinutes", 10), Map.entry("bufferAfterMinutes", 15),
                Map.entry("slotStepMinutes", 30), Map.entry("capacity", 8),
                Map.entry("providerSelection", "AUTO_ASSIGN"), Map.entry("assignmentStrategy", "ROUND_ROBIN"),
                Map.entry("minimumNoticeMinutes", 120), Map.entry("maximumAdvanceDays", 30),
                Map.entry("price", Map.of("amount", 25.5, "currency", "EUR"))))
                .statusCode(201)
                .body("capacity", equalTo(8))
                .body("assignmentStrategy", equalTo("ROUND_ROBIN"))
                .body("price.amount", equalTo(25.5f))
                .body("price.currency", equalTo("EUR"))
                .body("bufferAfterMinutes", equalTo(15));
    }

    @Test
    void serviceNamesAreUniqueWithinTheOrganization() {
        createService(salon, "Beard trim", 30);

        post(services(salon), Map.of("name", "BEARD TRIM", "durationMinutes", 20))
                .statusCode(409).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("name"));
        createService(createOrganization("Other"), "Beard trim", 30);
    }

    @Test
    void providersOfferAServiceOnceEachInPriorityOrderWithTheirOwnDurationAndPrice() {
        UUID trim = createService(salon, "Beard trim", 30);
        String offers = services(salon) + "/" + trim + "/providers";

        post(offers, Map.of("providerId", sara, "priority", 2)).statusCode(201);
        post(offers, Map.of("providerId", reza, "priority", 1, "durationMinutes", 45,
                "price", Map.of("amount", 30, "currency", "USD"))).statusCode(201)
                .body("version", equalTo(2));
        post(offers, Map.of("providerId", reza)).statusCode(409).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("providerId"));

        get(offers).statusCode(200)
                .body("providerId", contains(reza.toString(), sara.toString()))
                .body("[0].durationMinutes", equalTo(45))
                .body("[0].price.currency", equalTo("USD"))
                .body("[1].durationMinutes", nullValue());

        put(offers + "/" + sara, Map.of("priority", 0)).statusCode(200);
        get(offers).body("providerId", contains(sara.toString(), reza.toString()));
        delete(offers + "/" + sara).statusCode(200).body("providers", hasSize(1));
        delete(offers + "/" + sara).statusCode(404);
    }

    @Test
    void aServiceIsOfferedByAtMostFiveHundredProviders() {
        UUID massage = createService(salon, "Massage", 60);
        String offers = services(salon) + "/" + massage + "/providers";
        for (int i = 0; i < AppointmentTypeService.MAXIMUM_PROVIDERS_PER_SERVICE; i++) {
            post(offers, Map.of("providerId", createProvider(salon, "INDIVIDUAL", "Therapist " + i, null))).statusCode(201);
        }

        post(offers, Map.of("providerId", reza)).statusCode(409).contentType(PROBLEM_JSON)
                .body("detail", containsString("the most"));
        get(offers).body("$", hasSize(AppointmentTypeService.MAXIMUM_PROVIDERS_PER_SERVICE));
    }

    @Test
    void onlyActiveProvidersOfTheOrganizationCanOfferIt() {
        UUID trim = createService(salon, "Beard trim", 30);
        UUID stranger = createProvider(createOrganization("Other"), "INDIVIDUAL", "Stranger", null);
        put("/v1/organizations/" + salon + "/providers/" + sara,
                Map.of("type", "INDIVIDUAL", "name", "Sara", "active", false, "version", 0)).statusCode(200);

        for (UUID provider : new UUID[] {stranger, sara, UUID.randomUUID()}) {
            post(services(salon) + "/" + trim + "/providers", Map.of("providerId", provider))
                    .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("providerId"));
        }
        get(services(salon) + "/" + trim + "/providers").body("$", hasSize(0));
    }

    @Test
    void replacingNeedsTheCurrentVersionAndDeletingRemovesTheServiceWithItsOffers() {
        UUID trim = createService(salon, "Beard trim", 30);
        post(services(salon) + "/" + trim + "/providers", Map.of("providerId", reza)).statusCode(201);

        put(services(salon) + "/" + trim, Map.of("name", "Beard trim", "durationMinutes", 40, "version", 1))
                .statusCode(200).body("durationMinutes", equalTo(40)).body("providers", hasSize(1));
        put(services(salon) + "/" + trim, Map.of("name", "Beard trim", "durationMinutes", 50, "version", 1))
                .statusCode(409);

        delete(services(salon) + "/" + trim).statusCode(204);
        get(services(salon) + "/" + trim).statusCode(404);
        createService(salon, "Beard trim", 30);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsCreated() {
        post(services(salon), Map.of("name", "Trim", "durationMinutes", -30))
                .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("durationMinutes"));
        post(services(salon), Map.of("name", "Trim", "durationMinutes", 30, "capacity", 0))
                .statusCode(400).body("errors[0].field", equalTo("capacity"));
        post(services(salon), Map.of("name", "Trim", "durationMinutes", 30,
                "price", Map.of("amount", 10, "currency", "euro")))
                .statusCode(400).body("errors[0].field", equalTo("price.currency"));
        post(services(salon), Map.of("name", "Trim", "durationMinutes", 30, "providerSelection", "RANDOM"))
                .statusCode(400).body("errors[0].field", equalTo("providerSelection"));
        post(services(salon), Map.of("name", "Trim"))
                .statusCode(400).body("errors[0].field", equalTo("durationMinutes"));

        get(services(salon)).body("totalItems", equalTo(0));
    }
}
