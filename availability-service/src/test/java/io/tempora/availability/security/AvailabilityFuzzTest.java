package io.tempora.availability.security;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.contracts.rules.ProviderSelection;
import io.tempora.localstack.FuzzTests;
import io.tempora.localstack.Publisher;

/** availability-service under hostile input: see {@link FuzzTests}. */
@QuarkusTest
class AvailabilityFuzzTest extends FuzzTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private UUID organization;
    private Map<String, Object> known;

    @Override
    protected UUID organization() {
        if (organization == null) {
            try (Publisher publish = new Publisher(bootstrapServers)) {
                publish.organization(true);
                UUID provider = publish.provider("Ana", "Massage");
                UUID service = publish.service(30, 2, ProviderSelection.CLIENT_CHOOSES, List.of(provider));
                publish.schedule(provider, List.of(DayOfWeek.values()), LocalTime.of(9, 0), LocalTime.of(17, 0));
                organization = publish.organization;
                LocalDate nextWeek = LocalDate.now().plusDays(7);
                known = Map.of("serviceId", service, "providerId", provider, "from", nextWeek, "to", nextWeek.plusDays(1),
                        "date", nextWeek, "start", nextWeek.atTime(10, 0).atZone(java.time.ZoneId.of(Publisher.ZONE))
                                .toOffsetDateTime().toString());
            }
        }
        return organization;
    }

    @Override
    protected Map<String, Object> knownValues() {
        return known;
    }
}
