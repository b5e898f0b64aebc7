package io.tempora.resource.catalog;

import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.kit.kafka.FollowedModel;
import io.tempora.kit.kafka.FollowedSnapshots;
import io.tempora.kit.problem.ProblemException;

/**
 * The services (appointment types) provider-service has published, so that requirements are
 * only kept for services that exist.
 */
public class ServiceCatalog implements FollowedModel<ServiceCatalog> {

    private final FollowedSnapshots<ServiceSnapshot> services;

    public ServiceCatalog(BooleanSupplier caughtUp) {
        this(new FollowedSnapshots<>(ServiceSnapshot.class, caughtUp));
    }

    private ServiceCatalog(FollowedSnapshots<ServiceSnapshot> services) {
        this.services = services;
    }

    @Override
    public void apply(ConsumerRecord<String, String> record) {
        services.apply(record);
    }

    @Override
    public ServiceCatalog empty() {
        return new ServiceCatalog(services.empty());
    }

    @Override
    public void adopt(ServiceCatalog rebuilt) {
        services.adopt(rebuilt.services);
    }

    /**
     * @throws ProblemException 404 for a service this organization does not have; 503 while the
     *                          catalog is still loading and the service is not in it yet
     */
    public void requireService(UUID organizationId, UUID serviceId) {
        services.require(organizationId, serviceId, () -> ProblemException.notFound("service", serviceId));
    }
}
