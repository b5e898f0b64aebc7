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

/**
 * Which bookings hold which resources, as booking-service publishes them on
 * {@code booking.occupancy.v1}. Kept in memory: the topic is compacted and replayed at start.
 */
public class AllocationView {

    private final Map<UUID, OccupancySnapshot> byBooking = new ConcurrentHashMap<>();

    /** Applies one record of {@code booking.occupancy.v1}; newer versions win, repeats are harmless. */
    public void apply(ConsumerRecord<String, String> record) {
        UUID bookingId = RecordKey.parse(record.key()).entityId();
        if (record.value() == null) {
            byBooking.remove(bookingId);
            return;
        }
        OccupancySnapshot occupancy = EventJson.readEnvelope(record.value(), OccupancySnapshot.class).payload();
        byBooking.merge(bookingId, occupancy, (known, incoming) -> incoming.version() >= known.version() ? incoming : known);
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
