package io.tempora.booking.timeoff;

import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.tempora.booking.booking.Booking;
import io.tempora.booking.booking.BookingService;
import io.tempora.booking.catalog.Catalog;
import io.tempora.contracts.EventEnvelope;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.Topics;
import io.tempora.contracts.provider.TimeOffEvents;
import io.tempora.contracts.provider.TimeOffSnapshot;
import io.tempora.kit.kafka.DeadLetters;
import io.tempora.kit.problem.ProblemException;

/**
 * When a provider's time off is approved, the bookings it covers go to the coverage provider if
 * that provider offers the service and is free then; the others are flagged
 * {@code NEEDS_REASSIGNMENT} for staff. Each outcome is announced on {@code booking.events.v1}.
 * Reading the same approval twice changes nothing more: moved bookings are no longer the
 * provider's, flagged ones stay flagged.
 */
// created at start, so that its metrics exist (at 0) before anything happens
@Startup
@ApplicationScoped
public class TimeOffCoverage {

    private static final Logger LOG = Logger.getLogger(TimeOffCoverage.class);
    /** States a time off only reaches after its approval, or instead of it. */
    private static final Set<String> WITHDRAWN = Set.of("CANCELLED", "DENIED");

    private final BookingService bookings;
    private final Catalog catalog;
    private final DeadLetters.Channel deadLetters;

    public TimeOffCoverage(BookingService bookings, Catalog catalog, DeadLetters deadLetters) {
        this.bookings = bookings;
        this.catalog = catalog;
        this.deadLetters = deadLetters.channel("time-off-coverage", Topics.BOOKING_TIME_OFF_EVENTS_DEAD_LETTERS);
    }

    /** An event that keeps failing (the database away, say) is parked as a dead letter, never skipped. */
    @Incoming("time-off-events")
    public Uni<Void> onTimeOffEvent(ConsumerRecord<String, String> record) {
        return deadLetters.applyOrPark(record, () -> apply(record.value()));
    }

    private Uni<Void> apply(String envelope) {
        EventEnvelope<JsonNode> event = EventJson.readEnvelope(envelope, JsonNode.class);
        if (!TimeOffEvents.APPROVED.equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        TimeOffEvents.Approved approved = approvedOf(event);
        Optional<String> since = catalog.timeOff(approved.organizationId(), approved.timeOffId())
                .map(TimeOffSnapshot::status).filter(WITHDRAWN::contains);
        if (since.isPresent()) {
            // an approval delivered again after the time off was cancelled (or contradicted): it is no longer so
            LOG.infof("time off %s is %s now; its earlier approval moves nothing", approved.timeOffId(), since.get());
            return Uni.createFrom().voidItem();
        }
        return bookings.liveOfProvider(approved.organizationId(), approved.providerId(), approved.start(), approved.end())
                .invoke(affected -> LOG.infof("time off %s of provider %s covers %d bookings", approved.timeOffId(),
                        approved.providerId(), affected.size()))
                .chain(affected -> Multi.createFrom().iterable(affected)
                        .onItem().transformToUniAndConcatenate(booking -> cover(approved, booking))
                        .collect().last())
                .replaceWithVoid();
    }

    private Uni<Booking> cover(TimeOffEvents.Approved approved, Booking booking) {
        String reason = "provider " + approved.providerId() + " is away (time off " + approved.timeOffId() + ")";
        if (approved.coverageProviderId() == null) {
            return bookings.flagForReassignment(booking.organizationId, booking.id, reason + "; no coverage provider was named");
        }
        // the move checks everything: that the coverage provider offers the service and is free then
        return bookings.reassign(booking, approved.coverageProviderId(), reason)
                .onFailure(ProblemException.class).recoverWithUni(problem -> bookings.flagForReassignment(
                        booking.organizationId, booking.id, reason + "; coverage provider " + approved.coverageProviderId()
                                + " cannot take it: " + problem.getMessage()));
    }

    private static TimeOffEvents.Approved approvedOf(EventEnvelope<JsonNode> event) {
        try {
            return EventJson.mapper().treeToValue(event.payload(), TimeOffEvents.Approved.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
