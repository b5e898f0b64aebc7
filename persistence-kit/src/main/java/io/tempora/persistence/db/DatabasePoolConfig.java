package io.tempora.persistence.db;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much work may queue for the reactive pool's connections ({@code quarkus.datasource.reactive.max-size})
 * before more is turned away at once with a 503 and Retry-After: a service far behind sheds what
 * it cannot do soon instead of queueing without bound (see {@link ShedLoadPoolCreator}).
 */
@ConfigMapping(prefix = "tempora.database")
public interface DatabasePoolConfig {

    /**
     * How many may wait for a connection at once; one more is refused at once. What waits is
     * served in turn, however long that takes: so few connections times this many requests'
     * transactions is the longest anything waits.
     */
    @WithDefault("200")
    int maxWaiting();

    /** How long a readiness probe waits for the database's answer before it reports the pool busy instead. */
    @WithDefault("1s")
    Duration readinessAnswerWait();

    /**
     * How long a readiness question may wait for a connection before the service reports itself
     * not ready: longer than any wait of a busy pool, so the pool no longer serves what waits.
     */
    @WithDefault("90s")
    Duration stuckAfter();
}
