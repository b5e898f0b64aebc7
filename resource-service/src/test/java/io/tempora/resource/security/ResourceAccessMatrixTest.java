package io.tempora.resource.security;

import static io.restassured.RestAssured.given;
import static io.tempora.kit.security.Roles.ADMIN_ASSISTANT;
import static io.tempora.kit.security.Roles.OWNER;
import static io.tempora.kit.security.Roles.PROVIDER;
import static io.tempora.localstack.AccessMatrixTests.Rule.of;
import static io.tempora.resource.ResourceApi.createResource;
import static io.tempora.resource.ResourceApi.createType;
import static io.tempora.resource.ResourceApi.requirements;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.localstack.AccessMatrixTests;
import io.tempora.localstack.Publisher;
import io.tempora.contracts.rules.ProviderSelection;

@QuarkusTest
class ResourceAccessMatrixTest extends AccessMatrixTests {

    private static final String ORGANIZATION = "/v1/organizations/{organizationId}";

    private UUID organization;
    private UUID type;
    private UUID resource;
    private UUID service;

    @Override
    protected Fixture fixture() {
        try (Publisher publisher = new Publisher(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            organization = publisher.organization;
            service = publisher.service(30, 1, ProviderSelection.CLIENT_CHOOSES, List.of());
        }
        type = createType(organization, "Room");
        resource = createResource(organization, type, "Room 1");
        awaitKnown(requirements(organization, service));
        return new Fixture(organization, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    }

    @Override
    protected List<Rule> rules() {
        String[] staff = {OWNER, ADMIN_ASSISTANT, PROVIDER};
        return List.of(
                of("POST", ORGANIZATION + "/resource-types").allows(OWNER),
                of("GET", ORGANIZATION + "/resource-types").allows(staff),
                of("GET", ORGANIZATION + "/resource-types/{resourceTypeId}").allows(staff)
                        .with(fixture -> Map.of("resourceTypeId", type)),
                of("PUT", ORGANIZATION + "/resource-types/{resourceTypeId}").allows(OWNER)
                        .with(fixture -> Map.of("resourceTypeId", type)),
                of("DELETE", ORGANIZATION + "/resource-types/{resourceTypeId}").allows(OWNER)
                        .with(fixture -> Map.of("resourceTypeId", createType(organization, "Type " + UUID.randomUUID()))),
                of("POST", ORGANIZATION + "/resources").allows(OWNER),
                of("GET", ORGANIZATION + "/resources").allows(staff),
                of("GET", ORGANIZATION + "/resources/{resourceId}").allows(staff)
                        .with(fixture -> Map.of("resourceId", resource)),
                of("PUT", ORGANIZATION + "/resources/{resourceId}").allows(OWNER)
                        .with(fixture -> Map.of("resourceId", resource)),
                of("DELETE", ORGANIZATION + "/resources/{resourceId}").allows(OWNER)
                        .with(fixture -> Map.of("resourceId", createResource(organization, type, "Room " + UUID.randomUUID()))),
                of("GET", ORGANIZATION + "/services/{serviceId}/resource-requirements").allows(staff)
                        .with(fixture -> Map.of("serviceId", service)),
                of("PUT", ORGANIZATION + "/services/{serviceId}/resource-requirements").allows(OWNER)
                        .with(fixture -> Map.of("serviceId", service)));
    }

    /** resource-service learns of services from Kafka. */
    private static void awaitKnown(String path) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (given().get(path).statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(path + " not known within 30 s");
            }
            Thread.onSpinWait();
        }
    }
}
