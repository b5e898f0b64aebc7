package io.tempora.provider.caseload;

import static io.tempora.localstack.JsonApi.PROBLEM_JSON;
import static io.tempora.localstack.JsonApi.get;
import static io.tempora.localstack.JsonApi.put;
import static io.tempora.provider.ProviderApi.createOrganization;
import static io.tempora.provider.ProviderApi.createProvider;
import static io.tempora.provider.ProviderApi.providers;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CaseloadResourceTest {

    private UUID clinic;
    private UUID therapist;

    @BeforeEach
    void clinicWithATherapist() {
        clinic = createOrganization("Clinic");
        therapist = createProvider(clinic, "INDIVIDUAL", "Dr. Lee", null);
    }

    private String caseload() {
        return providers(clinic) + "/" + therapist + "/caseload";
    }

    @Test
    void aProviderStartsWithAnOpenPanelAndNoLimit() {
        get(caseload()).statusCode(200)
                .body("activeClientCount", equalTo(0))
                .body("maximumCaseload", equalTo(null))
                .body("panelStatus", equalTo("OPEN"))
                .body("atCapacity", equalTo(false));
    }

    @Test
    void theLimitAndPanelStatusAreSetAndAFullCaseloadShowsIt() {
        put(caseload(), Map.of("maximumCaseload", 2, "panelStatus", "LIMITED", "activeClientCount", 2))
                .statusCode(200).body("atCapacity", equalTo(true)).body("version", equalTo(0));
        put(caseload(), Map.of("maximumCaseload", 3, "panelStatus", "OPEN", "version", 0))
                .statusCode(200).body("activeClientCount", equalTo(2)).body("atCapacity", equalTo(false));
        put(caseload(), Map.of("maximumCaseload", 4, "panelStatus", "OPEN", "version", 0)).statusCode(409);
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        put(caseload(), Map.of("maximumCaseload", -1, "panelStatus", "OPEN"))
                .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("maximumCaseload"));
        put(caseload(), Map.of("panelStatus", "FULL"))
                .statusCode(400).body("errors[0].field", equalTo("panelStatus"));
        get(providers(createOrganization("Other")) + "/" + therapist + "/caseload").statusCode(404);
        get(caseload()).body("panelStatus", equalTo("OPEN"));
    }
}
