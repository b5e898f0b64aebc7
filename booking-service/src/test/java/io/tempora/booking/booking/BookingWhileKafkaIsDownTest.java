package io.tempora.booking.booking;

import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.localstack.JsonApi.post;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.booking.Clinic;
import io.tempora.booking.ClinicTest;
import io.tempora.contracts.EventEnvelope;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.booking.OccupancySnapshot;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.localstack.KafkaBroker;
import io.tempora.localstack.LocalStackTestResource;
import io.tempora.localstack.Management;
import io.tempora.localstack.TopicReader;
import io.tempora.contracts.rules.AssignmentStrategy;

/** Bookings do not wait for Kafka, and Kafka hears of every one of them as one event. */
@QuarkusTest
class BookingWhileKafkaIsDownTest extends ClinicTest {

    private static final Duration PUBLISH_DEADLINE = Duration.ofSeconds(60);

    @Test
    void aBookingMadeWhileKafkaIsStoppedReachesTheOccupancyTopicOnceItReturns() throws InterruptedException {
        UUID provider = clinic.provider("Noor");
        ServiceSnapshot service = clinic.service(45, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, provider);
        clinic.awaitKnown(service, nextWeekAt(10, 0));
        KafkaBroker kafka = LocalStackTestResource.shared().kafka();

        String bookingId;
        kafka.stop();
        try {
            bookingId = post(clinic.bookings(), clinic.request(service, nextWeekAt(10, 0))).statusCode(201)
                    .extract().path("id");
            assertEquals(2, pendingOutboxRows(), "occupancy and event wait in the outbox");
            Management.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            kafka.start();
        }

        awaitNoPendingOutboxRows();
        String key = RecordKey.of(clinic.organization, UUID.fromString(bookingId)).toString();
        List<ConsumerRecord<String, String>> records = new TopicReader(kafka.bootstrapServers())
                .readAll(Topics.BOOKING_OCCUPANCY.name()).stream().filter(record -> key.equals(record.key())).toList();
        // at least once: a send the broker took but did not acknowledge in time is sent again, as the same event
        List<EventEnvelope<OccupancySnapshot>> events = records.stream()
                .map(record -> EventJson.readEnvelope(record.value(), OccupancySnapshot.class)).toList();
        assertEquals(1, events.stream().map(EventEnvelope::id).distinct().count(),
                "one occupancy event for the booking, which consumers apply once: " + events);
        OccupancySnapshot occupancy = events.get(0).payload();
        assertEquals(provider, occupancy.providerId());
        assertEquals(nextWeekAt(10, 0).toInstant(), occupancy.start());
        assertEquals(OccupancySnapshot.Status.CONFIRMED, occupancy.status());
    }

    private long pendingOutboxRows() {
        return clinic.count("SELECT count(*) FROM outbox_event WHERE organization_id = ? AND published_at IS NULL",
                clinic.organization);
    }

    private void awaitNoPendingOutboxRows() throws InterruptedException {
        Instant deadline = Instant.now().plus(PUBLISH_DEADLINE);
        while (pendingOutboxRows() > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the outbox was not published within " + PUBLISH_DEADLINE);
            }
            Thread.sleep(100);
        }
    }
}
