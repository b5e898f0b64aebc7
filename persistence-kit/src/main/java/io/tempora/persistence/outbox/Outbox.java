package io.tempora.persistence.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.tempora.contracts.EventEnvelope;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.TopicSpec;
import io.tempora.kit.tracing.RecordTracing;

/**
 * Announces a state change to other services. Call it inside the transaction that makes the
 * change ({@code Panache.withTransaction}): the row commits or rolls back with the change, and
 * {@link OutboxRelay} publishes it afterwards, surviving Kafka outages and process crashes.
 */
@ApplicationScoped
public class Outbox {

    public static final String TOMBSTONE = "tombstone";

    private final Clock clock;

    public Outbox(Clock clock) {
        this.clock = clock;
    }

    /**
     * Queues a snapshot (compacted topic) or a domain event (event topic) with schema version 1.
     *
     * @param key     the organization and the entity the record is about
     * @param type    what the record is, e.g. {@code provider_snapshot} or {@code time_off_approved}
     * @param payload a record that Jackson writes as the envelope's payload
     */
    public Uni<Void> publish(TopicSpec topic, RecordKey key, String type, Object payload) {
        return publish(topic, key, type, 1, payload);
    }

    public Uni<Void> publish(TopicSpec topic, RecordKey key, String type, int schemaVersion, Object payload) {
        OutboxEvent event = newEvent(topic, key, type);
        event.payload = EventJson.write(new EventEnvelope<>(event.id, key.organizationId(), type,
                event.occurredAt, schemaVersion, payload));
        return event.persist().replaceWithVoid();
    }

    /** Queues the deletion of an entity from a compacted topic. */
    public Uni<Void> tombstone(TopicSpec topic, RecordKey key) {
        if (!topic.compacted()) {
            throw new IllegalArgumentException("tombstones only make sense on compacted topics, not " + topic.name());
        }
        return newEvent(topic, key, TOMBSTONE).persist().replaceWithVoid();
    }

    private OutboxEvent newEvent(TopicSpec topic, RecordKey key, String type) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.organizationId = key.organizationId();
        event.topic = topic.name();
        event.recordKey = key.toString();
        event.eventType = type;
        event.occurredAt = Instant.now(clock);
        event.traceparent = RecordTracing.currentTraceparent();
        return event;
    }
}
