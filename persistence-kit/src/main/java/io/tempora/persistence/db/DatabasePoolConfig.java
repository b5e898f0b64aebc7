package io.tempora.persistence.db;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long work may queue for one of the reactive pool's connections
 * ({@code quarkus.datasource.reactive.max-size}) before it is turned away with a 503 and
 * Retry-After. A service far behind sheds what it cannot do soon instead of queueing without
 * bound: work that waited longer than its client would be done for nobody, while the client's
 * retries queue behind it (see {@link ShedLoadPoolCreator}).
 */
@ConfigMapping(prefix = "tempora.database")
public interface DatabasePoolConfig {

    /** The longest a request waits for a free connection; shorter than clients wait for an answer. */
    @WithDefault("5s")
    Duration connectionWait();

    /** How many may wait for a connection at once; one more is refused at once. */
    @WithDefault("200")
    int maxWaiting();
}
