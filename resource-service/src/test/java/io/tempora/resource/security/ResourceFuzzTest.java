package io.tempora.resource.security;

import static io.tempora.resource.ResourceApi.createResource;
import static io.tempora.resource.ResourceApi.createType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.contracts.rules.ProviderSelection;
import io.tempora.localstack.FuzzTests;
import io.tempora.localstack.Publisher;

/** resource-service under hostile input: see {@link FuzzTests}. */
@QuarkusTest
class ResourceFuzzTest extends FuzzTests {

    private UUID organization;
    private Map<String, Object> known;

    @Override
    protected UUID organization() {
        if (organization == null) {
            UUID service;
            try (Publisher publisher = new Publisher(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers",
                    String.class))) {
                organization = publisher.organization;
                service = publisher.service(30, 1, ProviderSelection.CLIENT_CHOOSES, List.of());
            }
            UUID type = createType(organization, "Room");
            UUID resource = createResource(organization, type, "Room 1");
            known = Map.of("resourceTypeId", type, "resourceId", resource, "serviceId", service);
        }
        return organization;
    }

    @Override
    protected Map<String, Object> knownValues() {
        return known;
    }
}
