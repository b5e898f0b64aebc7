package io.tempora.kit.kafka;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tempora.consumer")
public interface ConsumerRetryConfig {

    /**
     * How long a record that fails for a reason of the moment (the database restarting or switching
     * over, a lost race, a neighbour away) is tried again before it is parked as a dead letter:
     * longer than such outages last, so that none of them parks anything.
     */
    @WithDefault("2m")
    Duration retryFor();

    /** The longest pause between two tries; pauses start at 200 ms and double up to it. */
    @WithDefault("5s")
    Duration longestPause();
}
