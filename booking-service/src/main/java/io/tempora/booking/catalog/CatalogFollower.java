package io.tempora.booking.catalog;

import java.util.Map;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import io.tempora.kit.kafka.CompactedTopicFollower;

/** Follows the catalog's topics into memory from start; the service is ready once it has caught up. */
@Singleton
public class CatalogFollower {

    private final CompactedTopicFollower follower;
    private final Catalog catalog;

    public CatalogFollower(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, Tracer tracer) {
        catalog = new Catalog(this::caughtUp);
        follower = new CompactedTopicFollower("catalog", kafkaConfig, Catalog.topics(), catalog, tracer);
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
    Catalog catalog() {
        return catalog;
    }
}
