package io.tempora.provider.caseload;

import static io.tempora.localstack.JsonApi.get;
import static io.tempora.localstack.JsonApi.put;
import static io.tempora.provider.ProviderApi.createOrganization;
import static io.tempora.provider.ProviderApi.createProvider;
import static io.tempora.provider.ProviderApi.providers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.contracts.EventEnvelope;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.booking.BookingEvent;
import io.tempora.localstack.LocalStackTestResource;
import io.tempora.localstack.TopicWriter;

/** A provider's active clients follow the bookings booking-service announces. */
@QuarkusTest
class CaseloadFollowsBookingsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private TopicWriter bookingService;
    private UUID clinic;
    private UUID lee;
    private UUID kim;
    private final UUID ada = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    @BeforeEach
    void clinicWithTwoTherapists() {
        bookingService = new TopicWriter(LocalStackTestResource.shared().kafka().bootstrapServers());
        clinic = createOrganization("Clinic");
        lee = createProvider(clinic, "INDIVIDUAL", "Dr. Lee", null);
        kim = createProvider(clinic, "INDIVIDUAL", "Dr. Kim", null);
    }

    @AfterEach
    void close() {
        bookingService.close();
    }

    @Test
    void clientsCountOncePerProviderAndLeaveWithTheirLastBookingOrAMoveWhileUnknownProvidersAreSkipped() throws InterruptedException {
        UUID adaFirst = UUID.randomUUID();
        UUID adaSecond = UUID.randomUUID();
        UUID bobs = UUID.randomUUID();
        announce(BookingEvent.CREATED, UUID.randomUUID(), ada, UUID.randomUUID(), null);
        announce(BookingEvent.CREATED, adaFirst, ada, lee, null);
        EventEnvelope<BookingEvent> adaAgain = announce(BookingEvent.CREATED, adaSecond, ada, lee, null);
        announce(BookingEvent.CREATED, bobs, bob, lee, null);
        awaitActiveClients(lee, 2);

        bookingService.publish(Topics.BOOKING_EVENTS, RecordKey.of(clinic, adaSecond), adaAgain);
        announce(BookingEvent.CANCELLED, adaFirst, ada, lee, null);
        announce(BookingEvent.REASSIGNED, bobs, bob, kim, lee);
        awaitActiveClients(kim, 1);
        awaitActiveClients(lee, 1);

        announce(BookingEvent.CANCELLED, adaSecond, ada, lee, null);
        awaitActiveClients(lee, 0);
        assertEquals(1, (Integer) get(caseload(kim)).extract().path("activeClientCount"),
                "a delivery seen twice counted once, and Kim keeps Bob");
    }

    @Test
    void eventsArrivingTogetherCountAsTheyWouldOneByOne() throws InterruptedException {
        UUID adaFirst = UUID.randomUUID();
        UUID adaSecond = UUID.randomUUID();
        UUID bobs = UUID.randomUUID();
        announce(BookingEvent.CREATED, adaFirst, ada, lee, null);
        EventEnvelope<BookingEvent> adaAgain = announce(BookingEvent.CREATED, adaSecond, ada, lee, null);
        announce(BookingEvent.CREATED, bobs, bob, lee, null);
        bookingService.publish(Topics.BOOKING_EVENTS, RecordKey.of(clinic, adaSecond), adaAgain);
        announce(BookingEvent.CANCELLED, adaFirst, ada, lee, null);
        announce(BookingEvent.REASSIGNED, bobs, bob, kim, lee);
        announce(BookingEvent.CANCELLED, UUID.randomUUID(), bob, lee, null);

        awaitActiveClients(kim, 1);
        awaitActiveClients(lee, 1);
        announce(BookingEvent.CANCELLED, adaSecond, ada, lee, null);
        awaitActiveClients(lee, 0);
        assertEquals(1, (Integer) get(caseload(kim)).extract().path("activeClientCount"),
                "Bob, moved to Kim, stays hers; his cancellation of a booking nobody counted changed nothing");
    }

    @Test
    void aCountCorrectedByHandIsWhereBookingsMoveItFrom() throws InterruptedException {
        UUID adas = UUID.randomUUID();
        announce(BookingEvent.CREATED, UUID.randomUUID(), bob, lee, null);
        awaitActiveClients(lee, 1);
        // Dr. Lee had five clients before bookings came through Tempora: with Bob, six
        put(caseload(lee), Map.of("panelStatus", "OPEN", "activeClientCount", 6)).statusCode(200);

        announce(BookingEvent.CREATED, adas, ada, lee, null);
        awaitActiveClients(lee, 7);
        announce(BookingEvent.CANCELLED, adas, ada, lee, null);
        awaitActiveClients(lee, 6);
    }

    private EventEnvelope<BookingEvent> announce(String type, UUID booking, UUID client, UUID provider, UUID previous) {
        Instant start = Instant.parse("2027-01-04T15:00:00Z");
        EventEnvelope<BookingEvent> envelope = new EventEnvelope<>(UUID.randomUUID(), clinic, type, Instant.now(), 1,
                new BookingEvent(booking, clinic, UUID.randomUUID(), provider, previous, client, start,
                        start.plusSeconds(3600), null, 1, List.of(),
                        type.equals(BookingEvent.CANCELLED) ? "CANCELLED" : "CONFIRMED", List.of(), null));
        bookingService.publish(Topics.BOOKING_EVENTS, RecordKey.of(clinic, booking), envelope);
        return envelope;
    }

    private String caseload(UUID provider) {
        return providers(clinic) + "/" + provider + "/caseload";
    }

    private void awaitActiveClients(UUID provider, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!Integer.valueOf(expected).equals(get(caseload(provider)).extract().path("activeClientCount"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("provider " + provider + " never had " + expected + " active clients");
            }
            Thread.sleep(100);
        }
    }
}
