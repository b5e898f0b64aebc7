package io.tempora.provider;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.localstack.Management;
import io.tempora.localstack.ServiceContractTests;

@QuarkusTest
class ProviderServiceContractTest extends ServiceContractTests {

    @Override
    protected List<String> readinessChecks() {
        return List.of(DATABASE_CHECK);
    }

    @Test
    void documentsTheOrganizationEndpointsAndCountsPublishedOutboxRows() {
        Management.given().when().get("/q/openapi?format=json")
                .then().body("paths", hasKey("/v1/organizations/{organizationId}"));
        Management.given().when().get("/q/metrics")
                .then().body(containsString("tempora_outbox_published_total"))
                .body(containsString("tempora_outbox_pending_rows"))
                .body(containsString("tempora_outbox_oldest_pending_seconds"));
    }
}
