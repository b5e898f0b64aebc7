package io.tempora.provider.caseload;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

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
    private final CaseloadClientRepository clients;
    private final Inbox inbox;
    private final DeadLetters.Channel deadLetters;

    public CaseloadFollowsBookings(CaseloadService caseloads, ProviderRepository providers, CaseloadClientRepository clients,
                                   Inbox inbox, DeadLetters deadLetters) {
        this.caseloads = caseloads;
        this.providers = providers;
        this.clients = clients;
        this.inbox = inbox;
        this.deadLetters = deadLetters.channel(CONSUMER, Topics.PROVIDER_BOOKING_EVENTS_DEAD_LETTERS);
    }

    /** One provider gains (+1) or loses (-1) a live booking of a client. */
    record Change(UUID providerId, int liveBookings) {
    }

    /** One client of a provider gains or loses a live booking. */
    record ClientChange(UUID organizationId, LiveBookings.ClientOfProvider client, int liveBookings) {
    }

    /**
     * Takes the events of one poll together, in one transaction of a few statements however many
     * events it holds: the clients' counts are read and written once, and each provider's count is
     * taken and published once per batch. A batch that keeps failing is applied event by event, and
     * an event that keeps failing is parked as a dead letter.
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
                .chain(organizations -> inbox.firstDeliveries(relevant.stream().map(EventEnvelope::id).toList(), CONSUMER)
                        .map(first -> clientChanges(relevant, first, organizations)))
                .chain(this::changeLiveBookings)
                .chain(this::changeCaseloads));
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
        return providers.organizationsOf(named);
    }

    /**
     * What the events delivered for the first time change, in their order: each once, and only for
     * providers of the event's organization.
     */
    private static List<ClientChange> clientChanges(List<EventEnvelope<BookingEvent>> events, Set<UUID> firstDeliveries,
                                                    Map<UUID, UUID> organizations) {
        Set<UUID> toApply = new HashSet<>(firstDeliveries);
        List<ClientChange> clientChanges = new ArrayList<>();
        for (EventEnvelope<BookingEvent> event : events) {
            BookingEvent booking = event.payload();
            if (toApply.remove(event.id())) {
                changes(event.type(), booking).stream()
                        .filter(change -> booking.organizationId().equals(organizations.get(change.providerId())))
                        .forEach(change -> clientChanges.add(new ClientChange(booking.organizationId(),
                                new LiveBookings.ClientOfProvider(change.providerId(), booking.clientId()),
                                change.liveBookings())));
            }
        }
        return clientChanges;
    }

    /**
     * Applies the changes to the stored counts, in their order, with a statement or two for the batch.
     *
     * @return the providers whose number of clients changed, and by how much
     */
    private Uni<List<LiveBookings.ClientsChange>> changeLiveBookings(List<ClientChange> changes) {
        return clients.lockedLiveBookings(changes.stream().map(ClientChange::client).distinct().toList())
                .map(stored -> {
                    LiveBookings liveBookings = new LiveBookings(stored);
                    changes.forEach(change -> liveBookings.change(change.organizationId(), change.client(),
                            change.liveBookings()));
                    return liveBookings;
                })
                .call(liveBookings -> clients.store(liveBookings.changed()))
                .map(LiveBookings::clientsChanged);
    }

    /**
     * Moves each provider's active client count by the clients the batch gave or took, and
     * publishes it: a count taken by hand stays the base that bookings move, and no provider's
     * clients are counted again (a grouped count read every client a provider ever had, each batch).
     */
    private Uni<Void> changeCaseloads(List<LiveBookings.ClientsChange> changes) {
        return Multi.createFrom().iterable(changes)
                .onItem().transformToUniAndConcatenate(change -> caseloads.changeActiveClients(change.organizationId(),
                        change.providerId(), change.clients()))
                .collect().last()
                .replaceWithVoid();
    }
}
