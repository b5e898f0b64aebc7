package io.tempora.availability.security;

import static io.tempora.kit.security.Roles.ADMIN_ASSISTANT;
import static io.tempora.kit.security.Roles.OWNER;
import static io.tempora.kit.security.Roles.PROVIDER;
import static io.tempora.kit.security.Roles.SERVICE;
import static io.tempora.localstack.AccessMatrixTests.Rule.of;

import java.util.List;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.localstack.AccessMatrixTests;

@QuarkusTest
class AvailabilityAccessMatrixTest extends AccessMatrixTests {

    private static final String AVAILABILITY = "/v1/organizations/{organizationId}/availability";

    @Override
    protected Fixture fixture() {
        return new Fixture(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    }

    @Override
    protected List<Rule> rules() {
        return List.of(
                of("GET", AVAILABILITY).isPublic(),
                of("GET", AVAILABILITY + "/providers").isPublic(),
                of("POST", AVAILABILITY + "/check").allows(SERVICE, OWNER, ADMIN_ASSISTANT, PROVIDER));
    }
}
