package io.tempora.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The value of every record on every topic: a snapshot on a compacted topic, a domain event on
 * an event topic. Consumers dispatch on {@link #type()} and {@link #schemaVersion()} and may see a
 * record twice (the outbox relay publishes at least once): {@link #id()} tells duplicates apart.
 *
 * @param id             unique per published record; the same on a redelivery
 * @param organizationId the tenant the record belongs to
 * @param type           what happened or what the snapshot is, e.g. {@code time_off_approved}
 * @param occurredAt     when the change was committed by its owner
 * @param schemaVersion  version of the payload's shape for this type; bumped on breaking changes
 * @param payload        the snapshot or event body
 */
public record EventEnvelope<P>(
        UUID id,
        UUID organizationId,
        String type,
        Instant occurredAt,
        int schemaVersion,
        P payload) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion starts at 1");
        }
    }
}
