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

    /** How many may wait for a connection at once; one more is refused at once. */
    @WithDefault("200")
    int maxWaiting();

    /**
     * A request whose connection came later than this gives it back at once and is refused: its
     * client, which waits about this long for an answer, has most likely sent it again meanwhile.
     */
    @WithDefault("5s")
    Duration connectionWait();

    /**
     * A connection handed out later than this after it was asked for has stood in a queue; once
     * every one has for {@link #queueInterval()}, new work is refused at once ({@link DatabaseQueue}).
     */
    @WithDefault("100ms")
    Duration queueTarget();

    /**
     * How long connections must keep coming later than {@link #queueTarget()} before new work is
     * refused: longer than a burst takes to be served on a loaded machine (a burst of 28
     * Idempotency-Key look-ups took more than 100 ms on CI's), shorter than a client would wait.
     */
    @WithDefault("500ms")
    Duration queueInterval();

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
