package io.tempora.provider.caseload;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.tempora.contracts.EventEnvelope;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.booking.BookingEvent;
import io.tempora.persistence.inbox.Inbox;
import io.tempora.provider.provider.ProviderRepository;

/**
 * Keeps each provider's active client count (clients with a live booking with them) in step with
 * booking-service's events: a booking made, cancelled or moved to another provider changes the
 * clients of one or two providers, whose caseloads are published again when their count changes.
 * Each event is applied once, through the inbox.
 */
@ApplicationScoped
public class CaseloadFollowsBookings {

    private static final Logger LOG = Logger.getLogger(CaseloadFollowsBookings.class);
    private static final String CONSUMER = "caseload";

    private final CaseloadService caseloads;
    private final ProviderRepository providers;
    private final Inbox inbox;

    public CaseloadFollowsBookings(CaseloadService caseloads, ProviderRepository providers, Inbox inbox) {
        this.caseloads = caseloads;
        this.providers = providers;
        this.inbox = inbox;
    }

    /** One provider gains (+1) or loses (-1) a live booking of a client. */
    record Change(UUID providerId, int liveBookings) {
    }

    @Incoming("booking-events")
    public Uni<Void> onBookingEvent(String value) {
        EventEnvelope<BookingEvent> event = EventJson.readEnvelope(value, BookingEvent.class);
        List<Change> changes = changes(event.type(), event.payload());
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        BookingEvent booking = event.payload();
        return Panache.withTransaction(() -> inbox.firstDelivery(event.id(), CONSUMER)
                        .chain(first -> !first ? Uni.createFrom().voidItem()
                                : Multi.createFrom().iterable(changes)
                                .onItem().transformToUniAndConcatenate(change -> apply(booking, change))
                                .collect().last().replaceWithVoid()))
                .onFailure().invoke(failure -> LOG.errorf(failure, "caseloads missed %s %s of booking %s; correct them"
                        + " with PUT .../caseload if needed", event.type(), event.id(), booking.bookingId()));
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

    private Uni<Void> apply(BookingEvent booking, Change change) {
        return providers.find("id = ?1 and organizationId = ?2", change.providerId(), booking.organizationId())
                .firstResult()
                .chain(provider -> provider == null ? Uni.createFrom().voidItem()
                        : Panache.getSession().chain(session -> count(session, booking, change)
                        .chain(() -> clientsOf(session, change.providerId()))
                        .chain(clients -> caseloads.setActiveClients(booking.organizationId(), change.providerId(), clients))));
    }

    private static Uni<Integer> count(Mutiny.Session session, BookingEvent booking, Change change) {
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
