package io.tempora.kit.kafka;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once every {@link CompactedTopicFollower} of the service has caught up, so that no
 * replica answers from a half-built read model. Services expose their followers as CDI beans.
 */
@Readiness
@ApplicationScoped
public class FollowerReadiness implements HealthCheck {

    public static final String NAME = "Compacted topics caught up";

    private final Instance<CompactedTopicFollower> followers;

    public FollowerReadiness(Instance<CompactedTopicFollower> followers) {
        this.followers = followers;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        List<CompactedTopicFollower> all = followers.stream().toList();
        for (CompactedTopicFollower follower : all) {
            response.withData(follower.name(), follower.caughtUp() ? "caught up" : "catching up");
            if (!follower.caughtUp()) {
                response.down();
            }
        }
        return response.build();
    }
}
