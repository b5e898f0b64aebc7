package io.tempora.persistence.outbox;

import java.util.UUID;

/** An unpublished outbox row as the relay hands it to Kafka. */
record PendingRecord(UUID id, String topic, String key, String type, String payload) {
}
