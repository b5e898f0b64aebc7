package io.tempora.persistence.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Makes a consumer apply each event once although Kafka may deliver it again (after a rebalance
 * or a crash before the offset was committed): call {@link #firstDeliveries} in the transaction that
 * applies the events, and apply only those it answers. The outbox's counterpart.
 */
@ApplicationScoped
public class Inbox {

    private final Clock clock;

    public Inbox(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records the events of one batch as consumed, in one statement.
     *
     * @param eventIds the envelope ids, in any order; one may come twice
     * @param consumer who applies them, for operators reading the table
     * @return the ids seen for the first time, to be applied once each; a repeat must change nothing
     */
    public Uni<Set<UUID>> firstDeliveries(Collection<UUID> eventIds, String consumer) {
        if (eventIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                                "INSERT INTO consumed_event (event_id, consumer, consumed_at)"
                                        + " SELECT DISTINCT id, CAST(?2 AS text), CAST(?3 AS timestamptz)"
                                        + " FROM unnest(CAST(?1 AS uuid[])) AS delivered (id)"
                                        + " ON CONFLICT DO NOTHING RETURNING event_id", UUID.class)
                        .setParameter(1, eventIds.toArray(UUID[]::new)).setParameter(2, consumer)
                        .setParameter(3, Instant.now(clock))
                        .getResultList())
                .map(Set::copyOf);
    }
}
