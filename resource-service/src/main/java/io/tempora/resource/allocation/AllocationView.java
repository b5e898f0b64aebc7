package io.tempora.resource.allocation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.tempora.contracts.EventJson;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.booking.OccupancySnapshot;
import io.tempora.kit.kafka.FollowedModel;

/**
 * Which bookings hold which resources, as booking-service publishes them on
 * {@code booking.occupancy.v1}. Kept in memory: the topic is compacted and replayed at start.
 */
public class AllocationView implements FollowedModel<AllocationView> {

    private volatile Map<UUID, OccupancySnapshot> byBooking = new ConcurrentHashMap<>();

    /** Applies one record of {@code booking.occupancy.v1}; newer versions win, repeats are harmless. */
    @Override
    public void apply(ConsumerRecord<String, String> record) {
        Map<UUID, OccupancySnapshot> current = byBooking;
        UUID bookingId = RecordKey.parse(record.key()).entityId();
        if (record.value() == null) {
            current.remove(bookingId);
            return;
        }
        OccupancySnapshot occupancy = EventJson.readEnvelope(record.value(), OccupancySnapshot.class).payload();
        current.merge(bookingId, occupancy, (known, incoming) -> incoming.version() >= known.version() ? incoming : known);
    }

    @Override
    public AllocationView empty() {
        return new AllocationView();
    }

    @Override
    public void adopt(AllocationView rebuilt) {
        byBooking = rebuilt.byBooking;
    }

    /** Bookings that hold the resource at or after {@code now}, oldest first. */
    public List<UUID> bookingsHoldingFrom(UUID resourceId, Instant now) {
        return byBooking.values().stream()
                .filter(OccupancySnapshot::occupies)
                .filter(occupancy -> occupancy.resourceIds().contains(resourceId))
                .filter(occupancy -> occupancy.end().isAfter(now))
                .sorted(java.util.Comparator.comparing(OccupancySnapshot::start))
                .map(OccupancySnapshot::bookingId)
                .toList();
    }
}
