package io.tempora.resource.catalog;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import io.tempora.contracts.Topics;
import io.tempora.kit.kafka.CompactedTopicFollower;
import io.tempora.kit.kafka.FollowedModel;
import io.tempora.resource.allocation.AllocationView;

/**
 * What resource-service reads from other services, followed into memory from compacted topics:
 * the service catalog (provider-service) and resource allocations (booking-service).
 */
@Singleton
public class Followers {

    private final AllocationView allocations = new AllocationView();
    private final ServiceCatalog catalog;
    private final CompactedTopicFollower follower;

    public Followers(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, Tracer tracer) {
        catalog = new ServiceCatalog(this::caughtUp);
        follower = new CompactedTopicFollower("upstream", kafkaConfig,
                List.of(Topics.PROVIDER_SERVICES.name(), Topics.BOOKING_OCCUPANCY.name()), new Upstream(catalog, allocations),
                tracer);
    }

    /** Both models, fed by one follower and rebuilt together. */
    private record Upstream(ServiceCatalog catalog, AllocationView allocations) implements FollowedModel<Upstream> {

        @Override
        public void apply(ConsumerRecord<String, String> record) {
            if (record.topic().equals(Topics.PROVIDER_SERVICES.name())) {
                catalog.apply(record);
            } else {
                allocations.apply(record);
            }
        }

        @Override
        public Upstream empty() {
            return new Upstream(catalog.empty(), allocations.empty());
        }

        @Override
        public void adopt(Upstream rebuilt) {
            catalog.adopt(rebuilt.catalog);
            allocations.adopt(rebuilt.allocations);
        }
    }

    private boolean caughtUp() {
        return follower.caughtUp();
    }

    @Produces
    @Singleton
    @Startup
    CompactedTopicFollower follower() {
        return follower.start();
    }

    void stop(@Disposes CompactedTopicFollower started) {
        started.close();
    }

    @Produces
    @Singleton
    AllocationView allocations() {
        return allocations;
    }

    @Produces
    @Singleton
    ServiceCatalog catalog() {
        return catalog;
    }
}
