package io.tempora.contracts;

import java.time.Duration;
import java.util.Map;

/**
 * One Kafka topic as every producer, consumer and deployment manifest must see it.
 *
 * @param name       {@code <owner>.<entity>.v1}
 * @param kind       compacted snapshots or retained events
 * @param partitions fixed: records are partitioned by organization, so changing the count
 *                   reshuffles organizations between partitions and needs a migration
 * @param retention  how long event topics keep records; ignored for compacted topics
 */
public record TopicSpec(String name, Kind kind, int partitions, Duration retention) {

    public enum Kind {
        /** Key = entity, value = whole current snapshot, null value = entity deleted. */
        COMPACTED,
        /** Domain events other services react to; kept for {@link TopicSpec#retention()}. */
        EVENTS
    }

    public TopicSpec {
        if (!name.matches("[a-z]+\\.[a-z-]+\\.v\\d+")) {
            throw new IllegalArgumentException("topic name must read <owner>.<entity>.v<n>: " + name);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be positive: " + name);
        }
    }

    public boolean compacted() {
        return kind == Kind.COMPACTED;
    }

    /** Topic-level configuration to create the topic with (broker and Strimzi alike). */
    public Map<String, String> config() {
        if (compacted()) {
            return Map.of(
                    "cleanup.policy", "compact",
                    "min.compaction.lag.ms", "0",
                    // a tombstone must outlive the slowest consumer's catch-up, or it would miss a delete
                    "delete.retention.ms", String.valueOf(Duration.ofDays(1).toMillis()));
        }
        return Map.of(
                "cleanup.policy", "delete",
                "retention.ms", String.valueOf(retention.toMillis()));
    }
}
