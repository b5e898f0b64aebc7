package io.tempora.availability.readmodel;

import java.util.Map;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import io.tempora.kit.kafka.CompactedTopicFollower;

/** Fills the read model from the compacted topics at start and keeps it current. */
@Singleton
public class ReadModelFollower {

    private final ReadModel model = new ReadModel();

    @Produces
    @Singleton
    ReadModel readModel() {
        return model;
    }

    @Produces
    @Singleton
    @Startup
    CompactedTopicFollower follower(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        return new CompactedTopicFollower("read-model", kafkaConfig, ReadModel.TOPICS, model::apply).start();
    }

    void stop(@Disposes CompactedTopicFollower follower) {
        follower.close();
    }
}
