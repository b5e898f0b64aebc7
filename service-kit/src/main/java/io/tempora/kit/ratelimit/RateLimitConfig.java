package io.tempora.kit.ratelimit;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tempora.rate-limit")
public interface RateLimitConfig {

    /** Off for load tests that call from one address as fast as they can. */
    @WithDefault("true")
    boolean enabled();

    /** Buckets kept before idle callers' are forgotten. */
    @WithDefault("100000")
    int maxCallers();

    /** By the name {@link RateLimited} gives. */
    Map<String, Limit> limits();

    interface Limit {

        /** Sustained calls per second for one caller. */
        double perSecond();

        /** Calls one caller may make at once after being idle. */
        int burst();
    }
}
