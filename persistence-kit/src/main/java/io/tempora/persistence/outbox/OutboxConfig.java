package io.tempora.persistence.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tempora.outbox")
public interface OutboxConfig {

    /** How often the relay looks for unpublished rows: the longest a change waits before it is published. */
    @WithDefault("100ms")
    Duration pollInterval();

    /** Rows published per transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long Kafka may take to acknowledge a record before the batch is retried later. */
    @WithDefault("30s")
    Duration deliveryTimeout();

    /**
     * Times Kafka may refuse a record for good (too large, an unknown topic) before it is parked:
     * kept in the table with its error, no longer sent, never holding back the records behind it.
     */
    @WithDefault("5")
    int maximumAttempts();

    /** Published rows are deleted after this long; they are kept a while for inspection. */
    @WithDefault("P7D")
    Duration keepPublished();

    /**
     * Published rows deleted per statement when the retention is applied (hourly): a busy hour's
     * rows go in many short transactions rather than one long one.
     */
    @WithDefault("10000")
    int purgeBatchSize();
}
