package io.tempora.provider.security;

import static io.tempora.localstack.JsonApi.post;
import static io.tempora.provider.ProviderApi.createOrganization;
import static io.tempora.provider.ProviderApi.createProvider;
import static io.tempora.provider.ProviderApi.createService;
import static io.tempora.provider.ProviderApi.id;
import static io.tempora.provider.ProviderApi.providers;
import static io.tempora.provider.ProviderApi.services;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.localstack.FuzzTests;

/** provider-service under hostile input: see {@link FuzzTests}. */
@QuarkusTest
class ProviderFuzzTest extends FuzzTests {

    private UUID organization;
    private Map<String, Object> known;

    @Override
    protected UUID organization() {
        if (organization == null) {
            organization = createOrganization("Fuzzed Clinic");
            UUID provider = createProvider(organization, "INDIVIDUAL", "Reza", null);
            UUID service = createService(organization, "Consultation", 30);
            post(services(organization) + "/" + service + "/providers", Map.of("providerId", provider)).statusCode(201);
            UUID schedule = id(post(providers(organization) + "/" + provider + "/schedules", Map.of(
                    "effectiveFrom", "2027-01-04", "blocks", List.of(Map.of("dayOfWeek", "MONDAY", "start", "09:00",
                            "end", "17:00", "type", "AVAILABLE")))).statusCode(201).extract().path("id"));
            UUID timeOff = id(post(providers(organization) + "/" + provider + "/time-off", Map.of("allDay", true,
                    "startDate", "2027-02-01", "endDate", "2027-02-01", "type", "VACATION")).statusCode(201).extract().path("id"));
            known = Map.of("providerId", provider, "serviceId", service, "scheduleId", schedule, "timeOffId", timeOff,
                    "kind", "invitations", "action", "revoke");
        }
        return organization;
    }

    @Override
    protected Map<String, Object> knownValues() {
        return known;
    }
}
