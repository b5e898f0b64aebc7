package io.tempora.availability.readmodel;

import java.util.Map;

import java.time.Clock;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.tempora.kit.kafka.CompactedTopicFollower;
import io.vertx.core.Vertx;

/** Fills the read model from the compacted topics at start and keeps it current. */
@Singleton
public class ReadModelFollower {

    private static final long FORGET_ENDED_EVERY_MILLIS = 10 * 60 * 1000;

    private final ReadModel model;

    public ReadModelFollower(Clock clock) {
        model = new ReadModel(clock);
    }

    /** Bookings end all the time; every ten minutes the ended ones leave the model. */
    void forgetEndedBookings(@Observes StartupEvent startup, Vertx vertx) {
        vertx.setPeriodic(FORGET_ENDED_EVERY_MILLIS, tick -> model.forgetEnded());
    }

    @Produces
    @Singleton
    ReadModel readModel() {
        return model;
    }

    @Produces
    @Singleton
    @Startup
    CompactedTopicFollower follower(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, Tracer tracer) {
        return new CompactedTopicFollower("read-model", kafkaConfig, ReadModel.TOPICS, model, tracer).start();
    }

    void stop(@Disposes CompactedTopicFollower follower) {
        follower.close();
    }
}
