package io.tempora.kit.kafka;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
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
    private final BooleanSupplier caughtUp;
    private volatile Content<T> content = new Content<>(new ConcurrentHashMap<>(), ConcurrentHashMap.newKeySet());

    /**
     * @param byOrganization by organization (the record key's), so that one organization's are found without scanning all
     * @param ids            every id of any organization: an unknown id is "not yet seen" only if no organization has it
     */
    private record Content<T>(Map<UUID, Map<UUID, T>> byOrganization, Set<UUID> ids) {
    }

    public FollowedSnapshots(Class<T> type, BooleanSupplier caughtUp) {
        this.type = type;
        this.caughtUp = caughtUp;
    }

    /** The same kind of snapshots, none of them yet: what a rebuild fills. */
    public FollowedSnapshots<T> empty() {
        return new FollowedSnapshots<>(type, caughtUp);
    }

    /** Takes the rebuilt snapshots as its own, in one step. */
    public void adopt(FollowedSnapshots<T> rebuilt) {
        content = rebuilt.content;
    }

    /** Takes a record of the topic: a snapshot replaces the entity, a tombstone removes it. */
    public void apply(ConsumerRecord<String, String> record) {
        RecordKey key = RecordKey.parse(record.key());
        Content<T> current = content;
        Map<UUID, T> ofOrganization = current.byOrganization().computeIfAbsent(key.organizationId(), id -> new ConcurrentHashMap<>());
        if (record.value() == null) {
            ofOrganization.remove(key.entityId());
            current.ids().remove(key.entityId());
        } else {
            ofOrganization.put(key.entityId(), EventJson.readEnvelope(record.value(), type).payload());
            current.ids().add(key.entityId());
        }
    }

    /** The entity if this organization has it; another organization's id reads as unknown. */
    public Optional<T> find(UUID organizationId, UUID id) {
        Map<UUID, T> ofOrganization = content.byOrganization().get(organizationId);
        return id == null || ofOrganization == null ? Optional.empty() : Optional.ofNullable(ofOrganization.get(id));
    }

    /**
     * @param unknown the problem for an id this organization does not have
     * @throws ProblemException 503 while still loading and the id is not in yet, else {@code unknown}
     */
    public T require(UUID organizationId, UUID id, Supplier<ProblemException> unknown) {
        return find(organizationId, id).orElseThrow(() -> !caughtUp.getAsBoolean() && !content.ids().contains(id)
                ? ProblemException.unavailable("reference data is still loading; retry shortly", 2)
                : unknown.get());
    }

    /** Every entity the organization has. */
    public Collection<T> inOrganization(UUID organizationId) {
        Map<UUID, T> ofOrganization = content.byOrganization().get(organizationId);
        return ofOrganization == null ? List.of() : ofOrganization.values();
    }
}
