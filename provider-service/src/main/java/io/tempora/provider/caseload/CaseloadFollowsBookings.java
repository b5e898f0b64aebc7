package io.tempora.provider.caseload;

import java.util.ArrayList;
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
        return providers.organizationsOf(named);
    }

    private Uni<List<AffectedProvider>> apply(EventEnvelope<BookingEvent> event, Map<UUID, UUID> organizations) {
        BookingEvent booking = event.payload();
        List<Change> changes = changes(event.type(), booking).stream()
                .filter(change -> booking.organizationId().equals(organizations.get(change.providerId())))
                .toList();
        return Multi.createFrom().iterable(changes)
                .onItem().transformToUniAndConcatenate(change -> changeLiveBookings(booking, change)
                        .replaceWith(new AffectedProvider(booking.organizationId(), change.providerId())))
                .collect().asList();
    }

    private Uni<Void> recount(Set<AffectedProvider> affected) {
        return Multi.createFrom().iterable(affected)
                .onItem().transformToUniAndConcatenate(provider -> clients.clientsOf(provider.providerId())
                        .chain(count -> caseloads.setActiveClients(provider.organizationId(), provider.providerId(), count)))
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> changeLiveBookings(BookingEvent booking, Change change) {
        return change.liveBookings() > 0
                ? clients.addLiveBooking(booking.organizationId(), change.providerId(), booking.clientId())
                : clients.removeLiveBooking(change.providerId(), booking.clientId());
    }
}
