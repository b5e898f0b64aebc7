package io.tempora.availability.readmodel;

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
import io.tempora.contracts.provider.OrganizationSnapshot;
import io.tempora.contracts.rules.OrganizationStatus;
import io.tempora.localstack.MovingClock;

class ReadModelBookingsTest {

    private final UUID organization = UUID.randomUUID();
    private final Instant now = Instant.parse("2027-01-04T12:00:00Z");
    private final MovingClock clock = new MovingClock(now);
    private final ReadModel model = new ReadModel(clock);

    @Test
    void onlyBookingsThatStillOccupySomethingAreKept() {
        organizationIsKnown();
        UUID future = book(now.plus(Duration.ofHours(1)), OccupancySnapshot.Status.CONFIRMED);
        book(now.minus(Duration.ofHours(2)), OccupancySnapshot.Status.CONFIRMED);
        UUID cancelled = book(now.plus(Duration.ofHours(3)), OccupancySnapshot.Status.CONFIRMED);
        book(cancelled, now.plus(Duration.ofHours(3)), OccupancySnapshot.Status.CANCELLED);

        assertEquals(List.of(future), bookingIds());
    }

    @Test
    void bookingsLeaveTheModelOnceTheyHaveEnded() {
        organizationIsKnown();
        book(now.plus(Duration.ofMinutes(10)), OccupancySnapshot.Status.CONFIRMED);
        UUID later = book(now.plus(Duration.ofHours(5)), OccupancySnapshot.Status.CONFIRMED);

        clock.advance(Duration.ofHours(2));

        assertEquals(1, model.forgetEnded());
        assertEquals(List.of(later), bookingIds());
    }

    private List<UUID> bookingIds() {
        return model.organization(organization).orElseThrow().bookingIds();
    }

    private void organizationIsKnown() {
        apply(Topics.PROVIDER_ORGANIZATIONS.name(), organization, OrganizationSnapshot.TYPE,
                new OrganizationSnapshot(organization, "Clinic", "clinic", "UTC", List.of(), OrganizationStatus.ACTIVE, false, 0, now));
    }

    private UUID book(Instant start, OccupancySnapshot.Status status) {
        return book(UUID.randomUUID(), start, status);
    }

    private UUID book(UUID booking, Instant start, OccupancySnapshot.Status status) {
        apply(Topics.BOOKING_OCCUPANCY.name(), booking, OccupancySnapshot.TYPE, new OccupancySnapshot(booking,
                organization, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), List.of(), start, start.plus(Duration.ofHours(1)),
                start, 1, status, status == OccupancySnapshot.Status.CONFIRMED ? 0 : 1));
        return booking;
    }

    private void apply(String topic, UUID entity, String type, Object payload) {
        model.apply(new ConsumerRecord<>(topic, 0, 0, RecordKey.of(organization, entity).toString(),
                EventJson.write(new EventEnvelope<>(UUID.randomUUID(), organization, type, now, 1, payload))));
    }
}
