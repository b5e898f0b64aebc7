package io.tempora.resource.catalog;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.tempora.contracts.EventJson;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.kit.problem.ProblemException;

/**
 * The services (appointment types) provider-service has published, so that requirements are
 * only kept for services that exist. It tells "not yet seen" from "never existed" by whether it
 * has read {@code provider.services.v1} up to the end it had at start: before that an unknown id
 * may still arrive (503, retry), after it an unknown or deleted id does not exist (404).
 */
public class ServiceCatalog {

    private final Map<UUID, UUID> organizationByService = new ConcurrentHashMap<>();
    private final BooleanSupplier caughtUp;

    public ServiceCatalog(BooleanSupplier caughtUp) {
        this.caughtUp = caughtUp;
    }

    public void apply(ConsumerRecord<String, String> record) {
        RecordKey key = RecordKey.parse(record.key());
        if (record.value() == null) {
            organizationByService.remove(key.entityId());
            return;
        }
        ServiceSnapshot service = EventJson.readEnvelope(record.value(), ServiceSnapshot.class).payload();
        organizationByService.put(service.id(), service.organizationId());
    }

    /**
     * @throws ProblemException 404 for a service this organization does not have; 503 while the
     *                          catalog is still loading and the service is not in it yet
     */
    public void requireService(UUID organizationId, UUID serviceId) {
        UUID owner = organizationByService.get(serviceId);
        if (organizationId.equals(owner)) {
            return;
        }
        if (owner == null && !caughtUp.getAsBoolean()) {
            throw ProblemException.unavailable("the service catalog is still loading; retry shortly", 2);
        }
        throw ProblemException.notFound("service", serviceId);
    }
}
