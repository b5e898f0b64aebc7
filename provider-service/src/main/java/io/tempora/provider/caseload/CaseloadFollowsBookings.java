package io.tempora.provider.caseload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.runtime.Startup;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.tempora.contracts.EventEnvelope;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.Topics;
import io.tempora.contracts.booking.BookingEvent;
import io.tempora.kit.kafka.DeadLetters;
import io.tempora.persistence.inbox.Inbox;
import io.tempora.provider.provider.ProviderRepository;

/**
 * Keeps each provider's active client count (clients with a live booking with them) in step with
 * booking-service's events: a booking made, cancelled or moved to another provider changes the
 * clients of one or two providers, whose caseloads are published again when their count changes.
 * Each event is applied once, through the inbox; events of unknown providers are skipped.
 */
// created at start, so that its metrics exist (at 0) before anything happens
@Startup
@ApplicationScoped
public class CaseloadFollowsBookings {

    private static final String CONSUMER = "caseload";

    private final CaseloadService caseloads;
    private final ProviderRepository providers;
    private final Inbox inbox;
    private final DeadLetters.Channel deadLetters;

    public CaseloadFollowsBookings(CaseloadService caseloads, ProviderRepository providers, Inbox inbox,
                                   DeadLetters deadLetters) {
        this.caseloads = caseloads;
        this.providers = providers;
        this.inbox = inbox;
        this.deadLetters = deadLetters.channel(CONSUMER, Topics.PROVIDER_BOOKING_EVENTS_DEAD_LETTERS);
    }

    /** One provider gains (+1) or loses (-1) a live booking of a client. */
    record Change(UUID providerId, int liveBookings) {
    }

    /** A provider whose clients changed. */
    record AffectedProvider(UUID organizationId, UUID providerId) {
    }

    /**
     * Takes the events of one poll together, in one transaction: each provider's count is taken and
     * published once per batch, however many of its bookings the batch holds. A batch that keeps
     * failing is applied event by event, and an event that keeps failing is parked as a dead letter.
     */
    @Incoming("booking-events")
    public Uni<Void> onBookingEvents(ConsumerRecords<String, String> records) {
        return deadLetters.applyBatchOrOneByOne(records, this::apply);
    }

    private Uni<Void> apply(List<ConsumerRecord<String, String>> records) {
        List<EventEnvelope<BookingEvent>> relevant = records.stream()
                .map(record -> EventJson.readEnvelope(record.value(), BookingEvent.class))
                .filter(event -> !changes(event.type(), event.payload()).isEmpty())
                .toList();
        if (relevant.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> organizationsOfProviders(relevant)
                        .chain(known -> Multi.createFrom().iterable(relevant)
                                .onItem().transformToUniAndConcatenate(event -> inbox.firstDelivery(event.id(), CONSUMER)
                                        .chain(first -> first ? apply(event, known)
                                                : Uni.createFrom().item(List.<AffectedProvider>of())))
                                .collect().in(LinkedHashSet<AffectedProvider>::new, Set::addAll))
                        .chain(this::recount));
    }

    static List<Change> changes(String type, BookingEvent booking) {
        List<Change> changes = new ArrayList<>();
        switch (type) {
            case BookingEvent.CREATED -> changes.add(new Change(booking.providerId(), 1));
            case BookingEvent.CANCELLED -> changes.add(new Change(booking.providerId(), -1));
            case BookingEvent.RESCHEDULED, BookingEvent.REASSIGNED -> {
                if (booking.previousProviderId() != null && !booking.previousProviderId().equals(booking.providerId())) {
                    changes.add(new Change(booking.previousProviderId(), -1));
                    changes.add(new Change(booking.providerId(), 1));
                }
            }
            default -> {
                // flagged for reassignment: still the provider's client until moved
            }
        }
        return changes;
    }

    /** The providers the events name, with their organizations; unknown ones are left out. */
    private Uni<Map<UUID, UUID>> organizationsOfProviders(List<EventEnvelope<BookingEvent>> events) {
        Set<UUID> named = new HashSet<>();
        events.forEach(event -> changes(event.type(), event.payload()).forEach(change -> named.add(change.providerId())));
        // ids only: loading providers would load their specialties and hierarchy too
        return providers.getSession().chain(session -> session.createSelectionQuery(
                        "select p.id, p.organizationId from Provider p where p.id in :ids", Object[].class)
                .setParameter("ids", named)
                .getResultList())
                .map(rows -> {
                    Map<UUID, UUID> organizations = new HashMap<>();
                    rows.forEach(row -> organizations.put((UUID) row[0], (UUID) row[1]));
                    return organizations;
                });
    }

    private Uni<List<AffectedProvider>> apply(EventEnvelope<BookingEvent> event, Map<UUID, UUID> organizations) {
        BookingEvent booking = event.payload();
        List<Change> changes = changes(event.type(), booking).stream()
                .filter(change -> booking.organizationId().equals(organizations.get(change.providerId())))
                .toList();
        return Panache.getSession().chain(session -> Multi.createFrom().iterable(changes)
                .onItem().transformToUniAndConcatenate(change -> changeLiveBookings(session, booking, change)
                        .replaceWith(new AffectedProvider(booking.organizationId(), change.providerId())))
                .collect().asList());
    }

    private Uni<Void> recount(Set<AffectedProvider> affected) {
        return Panache.getSession().chain(session -> Multi.createFrom().iterable(affected)
                .onItem().transformToUniAndConcatenate(provider -> clientsOf(session, provider.providerId())
                        .chain(clients -> caseloads.setActiveClients(provider.organizationId(), provider.providerId(), clients)))
                .collect().last().replaceWithVoid());
    }

    private static Uni<Integer> changeLiveBookings(Mutiny.Session session, BookingEvent booking, Change change) {
        if (change.liveBookings() > 0) {
            return session.createNativeQuery("INSERT INTO caseload_client (provider_id, client_id, organization_id,"
                            + " live_bookings) VALUES (?1, ?2, ?3, 1) ON CONFLICT (provider_id, client_id)"
                            + " DO UPDATE SET live_bookings = caseload_client.live_bookings + 1")
                    .setParameter(1, change.providerId()).setParameter(2, booking.clientId())
                    .setParameter(3, booking.organizationId())
                    .executeUpdate();
        }
        return session.createNativeQuery("UPDATE caseload_client SET live_bookings = live_bookings - 1"
                        + " WHERE provider_id = ?1 AND client_id = ?2 AND live_bookings > 1")
                .setParameter(1, change.providerId()).setParameter(2, booking.clientId())
                .executeUpdate()
                .chain(updated -> updated > 0 ? Uni.createFrom().item(updated)
                        : session.createNativeQuery("DELETE FROM caseload_client WHERE provider_id = ?1 AND client_id = ?2")
                        .setParameter(1, change.providerId()).setParameter(2, booking.clientId())
                        .executeUpdate());
    }

    private static Uni<Integer> clientsOf(Mutiny.Session session, UUID providerId) {
        return session.createNativeQuery("SELECT count(*) FROM caseload_client WHERE provider_id = ?1", Long.class)
                .setParameter(1, providerId)
                .getSingleResult()
                .map(Long::intValue);
    }
}
