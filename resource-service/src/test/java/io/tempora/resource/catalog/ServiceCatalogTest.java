package io.tempora.resource.catalog;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.tempora.contracts.EventEnvelope;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.kit.problem.ProblemException;
import io.tempora.contracts.rules.ProviderSelection;
import io.tempora.contracts.rules.AssignmentStrategy;

class ServiceCatalogTest {

    private final UUID organization = UUID.randomUUID();
    private final UUID service = UUID.randomUUID();
    private final AtomicBoolean caughtUp = new AtomicBoolean();
    private final ServiceCatalog catalog = new ServiceCatalog(caughtUp::get);

    @Test
    void anUnknownServiceIsNotYetSeenWhileLoadingAndNotFoundAfterwards() {
        assertEquals(503, statusFor(organization, service));
        caughtUp.set(true);
        assertEquals(404, statusFor(organization, service));
    }

    @Test
    void aKnownServiceIsFoundOnlyInItsOwnOrganizationUntilItIsDeleted() {
        catalog.apply(snapshot());
        assertDoesNotThrow(() -> catalog.requireService(organization, service));
        assertEquals(404, statusFor(UUID.randomUUID(), service), "even while loading: it is known to be elsewhere");

        caughtUp.set(true);
        catalog.apply(new ConsumerRecord<>(Topics.PROVIDER_SERVICES.name(), 0, 1,
                RecordKey.of(organization, service).toString(), null));
        assertEquals(404, statusFor(organization, service));
    }

    private int statusFor(UUID organizationId, UUID serviceId) {
        return assertThrows(ProblemException.class, () -> catalog.requireService(organizationId, serviceId))
                .type().status();
    }

    private ConsumerRecord<String, String> snapshot() {
        ServiceSnapshot snapshot = new ServiceSnapshot(service, organization, "Massage", 60, 0, 0, 30, 1, 0, 60,
                ProviderSelection.AUTO_ASSIGN, AssignmentStrategy.ROUND_ROBIN, null, true, List.of(), 0);
        String value = EventJson.write(new EventEnvelope<>(UUID.randomUUID(), organization, ServiceSnapshot.TYPE,
                Instant.now(), 1, snapshot));
        return new ConsumerRecord<>(Topics.PROVIDER_SERVICES.name(), 0, 0, RecordKey.of(organization, service).toString(),
                value);
    }
}
