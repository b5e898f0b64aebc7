package io.tempora.persistence.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Makes a consumer apply each event once although Kafka may deliver it again (after a rebalance
 * or a crash before the offset was committed): call {@link #firstDelivery} in the transaction that
 * applies the event, and apply it only when it answers true. The outbox's counterpart.
 */
@ApplicationScoped
public class Inbox {

    private final Clock clock;

    public Inbox(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param eventId  the envelope id
     * @param consumer who applies it, for operators reading the table
     * @return true the first time the event is seen; false for a repeat, which must change nothing
     */
    public Uni<Boolean> firstDelivery(UUID eventId, String consumer) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "INSERT INTO consumed_event (event_id, consumer, consumed_at) VALUES (?1, ?2, ?3)"
                                + " ON CONFLICT DO NOTHING")
                .setParameter(1, eventId).setParameter(2, consumer).setParameter(3, Instant.now(clock))
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
