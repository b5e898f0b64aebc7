package io.tempora.kit.kafka;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.tempora.contracts.EventJson;
import io.tempora.contracts.RecordKey;
import io.tempora.kit.problem.ProblemException;

/**
 * The latest snapshot of each entity of one compacted topic, kept in memory by a
 * {@link CompactedTopicFollower}. It tells "not yet seen" from "never existed" by whether the
 * follower has caught up: before that an unknown id may still arrive (503, retry shortly), after
 * it an unknown or deleted id does not exist.
 *
 * @param <T> the snapshot payload, e.g. {@code ServiceSnapshot}
 */
public final class FollowedSnapshots<T> {

    private final Class<T> type;
    private final Function<T, UUID> organizationOf;
    private final BooleanSupplier caughtUp;
    private final Map<UUID, T> byId = new ConcurrentHashMap<>();

    public FollowedSnapshots(Class<T> type, Function<T, UUID> organizationOf, BooleanSupplier caughtUp) {
        this.type = type;
        this.organizationOf = organizationOf;
        this.caughtUp = caughtUp;
    }

    /** Takes a record of the topic: a snapshot replaces the entity, a tombstone removes it. */
    public void apply(ConsumerRecord<String, String> record) {
        UUID id = RecordKey.parse(record.key()).entityId();
        if (record.value() == null) {
            byId.remove(id);
        } else {
            byId.put(id, EventJson.readEnvelope(record.value(), type).payload());
        }
    }

    /** The entity if this organization has it; another organization's id reads as unknown. */
    public Optional<T> find(UUID organizationId, UUID id) {
        T snapshot = id == null ? null : byId.get(id);
        return snapshot != null && organizationOf.apply(snapshot).equals(organizationId)
                ? Optional.of(snapshot) : Optional.empty();
    }

    /**
     * @param unknown the problem for an id this organization does not have
     * @throws ProblemException 503 while still loading and the id is not in yet, else {@code unknown}
     */
    public T require(UUID organizationId, UUID id, Supplier<ProblemException> unknown) {
        return find(organizationId, id).orElseThrow(() -> !caughtUp.getAsBoolean() && !byId.containsKey(id)
                ? ProblemException.unavailable("reference data is still loading; retry shortly", 2)
                : unknown.get());
    }

    public Collection<T> all() {
        return byId.values();
    }
}
