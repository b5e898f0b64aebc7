package io.tempora.resource.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.tempora.contracts.EventEnvelope;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.booking.OccupancySnapshot;
import io.tempora.contracts.booking.OccupancySnapshot.Status;

class AllocationViewTest {

    private final UUID organization = UUID.randomUUID();
    private final UUID room = UUID.randomUUID();
    private final Instant now = Instant.parse("2026-11-25T12:00:00Z");
    private final AllocationView view = new AllocationView();
    private long offset;

    @Test
    void onlyConfirmedBookingsThatHaveNotEndedHoldTheResource() {
        UUID past = UUID.randomUUID();
        UUID ongoing = UUID.randomUUID();
        UUID future = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        apply(occupancy(past, now.minus(Duration.ofHours(2)), Status.CONFIRMED, 0));
        apply(occupancy(future, now.plus(Duration.ofDays(1)), Status.CONFIRMED, 0));
        apply(occupancy(ongoing, now.minus(Duration.ofMinutes(30)), Status.CONFIRMED, 0));
        apply(occupancy(cancelled, now.plus(Duration.ofDays(2)), Status.CANCELLED, 1));

        assertEquals(List.of(ongoing, future), view.bookingsHoldingFrom(room, now));
        assertEquals(List.of(), view.bookingsHoldingFrom(UUID.randomUUID(), now));
    }

    @Test
    void aRedeliveredOlderVersionDoesNotUndoACancellation() {
        UUID booking = UUID.randomUUID();
        ConsumerRecord<String, String> confirmed = occupancy(booking, now.plus(Duration.ofDays(1)), Status.CONFIRMED, 0);
        apply(confirmed);
        apply(occupancy(booking, now.plus(Duration.ofDays(1)), Status.CANCELLED, 1));
        apply(confirmed);

        assertEquals(List.of(), view.bookingsHoldingFrom(room, now));
    }

    @Test
    void aTombstoneFreesTheResource() {
        UUID booking = UUID.randomUUID();
        apply(occupancy(booking, now.plus(Duration.ofDays(1)), Status.CONFIRMED, 0));
        apply(new ConsumerRecord<>(Topics.BOOKING_OCCUPANCY.name(), 0, offset++,
                RecordKey.of(organization, booking).toString(), null));

        assertEquals(List.of(), view.bookingsHoldingFrom(room, now));
    }

    private void apply(ConsumerRecord<String, String> record) {
        view.apply(record);
    }

    private ConsumerRecord<String, String> occupancy(UUID booking, Instant start, Status status, long version) {
        OccupancySnapshot snapshot = new OccupancySnapshot(booking, organization, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                List.of(room), start, start.plus(Duration.ofHours(1)), start, 1, status, version);
        String value = EventJson.write(new EventEnvelope<>(UUID.randomUUID(), organization, OccupancySnapshot.TYPE,
                Instant.now(), 1, snapshot));
        return new ConsumerRecord<>(Topics.BOOKING_OCCUPANCY.name(), 0, offset++,
                RecordKey.of(organization, booking).toString(), value);
    }
}
