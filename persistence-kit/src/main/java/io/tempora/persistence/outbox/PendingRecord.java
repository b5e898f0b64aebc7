package io.tempora.persistence.outbox;

import java.util.UUID;

/**
 * An unpublished outbox row as the relay hands it to Kafka.
 *
 * @param traceparent the trace of the request that made the change, or null
 */
record PendingRecord(UUID id, String topic, String key, String type, String payload, String traceparent) {
}
