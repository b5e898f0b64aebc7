package io.tempora.booking.imports;

import java.io.UncheckedIOException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.tempora.booking.booking.BookingService;
import io.tempora.booking.catalog.Catalog;
import io.tempora.contracts.EventEnvelope;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.Topics;
import io.tempora.contracts.booking.ImportedAppointment;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.kit.kafka.DeadLetters;
import io.tempora.kit.problem.ProblemException;

/**
 * Turns the appointments of imported practices ({@code booking.imports.v1}) into bookings of their
 * provider, in the order the import placed them. The service of an appointment was announced by
 * the same import moments before: until this service's catalog has it, the record is retried, so
 * no appointment is dropped for arriving first. Each record makes at most one booking.
 */
// created at start, so that its metrics exist (at 0) before anything happens
@Startup
@ApplicationScoped
public class ImportedAppointments {

    private static final Logger LOG = Logger.getLogger(ImportedAppointments.class);
    private static final Duration CATALOG_PATIENCE = Duration.ofMinutes(2);

    private final BookingService bookings;
    private final Catalog catalog;
    private final DeadLetters.Channel deadLetters;

    public ImportedAppointments(BookingService bookings, Catalog catalog, DeadLetters deadLetters) {
        this.bookings = bookings;
        this.catalog = catalog;
        this.deadLetters = deadLetters.channel("imported-appointments", Topics.BOOKING_IMPORTS_DEAD_LETTERS);
    }

    /**
     * An appointment that cannot be booked (its time taken meanwhile, its service never known) is
     * parked as a dead letter for the practice to look at, never dropped.
     */
    @Incoming("booking-imports")
    public Uni<Void> onImportedAppointment(ConsumerRecord<String, String> record) {
        return deadLetters.applyOrPark(record, () -> apply(record.value()));
    }

    private Uni<Void> apply(String envelope) {
        if (envelope == null) {
            return Uni.createFrom().voidItem(); // a tombstone
        }
        ImportedAppointment appointment = appointmentOf(EventJson.readEnvelope(envelope, JsonNode.class));
        return Uni.createFrom().item(() -> knownService(appointment))
                .onFailure(NotYetKnown.class).retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(5))
                .expireIn(CATALOG_PATIENCE.toMillis())
                .chain(service -> bookings.importAppointment(appointment, service))
                .invoke(booking -> LOG.debugf("imported appointment %s is booking %s", appointment.externalId(), booking.id))
                .onFailure(ProblemException.class).invoke(problem -> LOG.errorf(
                        "imported appointment %s (booking %s) of organization %s cannot be booked: %s",
                        appointment.externalId(), appointment.bookingId(), appointment.organizationId(), problem.getMessage()))
                .onFailure(NotYetKnown.class).invoke(unknown -> LOG.errorf(
                        "imported appointment %s: service %s never reached this service's catalog",
                        appointment.externalId(), appointment.serviceId()))
                .replaceWithVoid();
    }

    private ServiceSnapshot knownService(ImportedAppointment appointment) {
        return catalog.service(appointment.organizationId(), appointment.serviceId())
                .filter(service -> catalog.provider(appointment.organizationId(), appointment.providerId()).isPresent())
                .orElseThrow(NotYetKnown::new);
    }

    private static ImportedAppointment appointmentOf(EventEnvelope<JsonNode> event) {
        try {
            return EventJson.mapper().treeToValue(event.payload(), ImportedAppointment.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class NotYetKnown extends RuntimeException {
        NotYetKnown() {
            super("not yet in the catalog", null, false, false);
        }
    }
}
