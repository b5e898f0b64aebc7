package io.tempora.provider.rollout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.runtime.Startup;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.booking.OccupancySnapshot;
import io.tempora.kit.kafka.DeadLetters;

/**
 * Follows {@code booking.occupancy.v1} into a small table of live bookings by provider and end,
 * so that provider-service can answer "who has future bookings?" without asking booking-service.
 * A snapshot is the booking's whole state: applying one again, or an older one after a newer, is
 * settled by keeping the latest per booking (the topic is ordered per organization).
 */
// created at start, so that its metrics exist (at 0) before anything happens
@Startup
@ApplicationScoped
public class UpcomingBookings {

    private static final String CONSUMER = "upcoming-bookings";

    private final UpcomingBookingRepository upcoming;
    private final DeadLetters.Channel deadLetters;

    public UpcomingBookings(UpcomingBookingRepository upcoming, DeadLetters deadLetters) {
        this.upcoming = upcoming;
        this.deadLetters = deadLetters.channel(CONSUMER, Topics.PROVIDER_BOOKING_OCCUPANCY_DEAD_LETTERS);
    }

    /** A batch that keeps failing is applied record by record; a record that keeps failing is parked. */
    @Incoming("booking-occupancy")
    public Uni<Void> onOccupancy(ConsumerRecords<String, String> records) {
        return deadLetters.applyBatchOrOneByOne(records, this::apply);
    }

    /** Each booking as the batch's last record of it has it, in two statements. */
    private Uni<Void> apply(List<ConsumerRecord<String, String>> records) {
        Map<UUID, OccupancySnapshot> latest = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            OccupancySnapshot snapshot = record.value() == null ? null
                    : EventJson.readEnvelope(record.value(), OccupancySnapshot.class).payload();
            latest.put(RecordKey.parse(record.key()).entityId(), snapshot);
        }
        // cancelled, or retired with a tombstone: it is nobody's upcoming booking
        List<OccupancySnapshot> occupying = latest.values().stream()
                .filter(snapshot -> snapshot != null && snapshot.occupies()).toList();
        List<UUID> gone = latest.entrySet().stream()
                .filter(booking -> booking.getValue() == null || !booking.getValue().occupies())
                .map(Map.Entry::getKey).toList();
        return Panache.withTransaction(() -> upcoming.keep(occupying).chain(() -> upcoming.forget(gone)));
    }
}
