package io.tempora.persistence.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tempora.inbox")
public interface InboxConfig {

    /**
     * How long a consumed event's id is remembered: longer than any way it can come again (7 days
     * on an event topic, 30 on a dead-letter topic an operator may redrive from), so no repeat is
     * ever applied twice.
     */
    @WithDefault("P31D")
    Duration keepConsumed();

    /** Ids forgotten per statement when the retention runs (hourly). */
    @WithDefault("10000")
    int purgeBatchSize();
}
