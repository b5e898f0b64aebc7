package io.tempora.booking.booking;

import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.localstack.JsonApi.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.tempora.booking.ClinicTest;
import io.tempora.contracts.Topics;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;
import io.tempora.localstack.LocalStackTestResource;
import io.tempora.localstack.TopicReader;

/** Bookings that ended or were cancelled leave booking.occupancy.v1, so its replay stays the size of the present. */
@QuarkusTest
@TestProfile(OccupancyRetirementTest.OneBookingPerTransaction.class)
class OccupancyRetirementTest extends ClinicTest {

    /** The test's two due bookings then take two transactions: a run retires them all, not one batch. */
    public static class OneBookingPerTransaction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tempora.booking.occupancy-retirement-batch", "1");
        }
    }

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Inject
    OccupancyRetirement retirement;

    @Test
    void endedAndCancelledBookingsGetTombstonesAndUpcomingOnesStay() throws Throwable {
        UUID noor = clinic.provider("Noor");
        ServiceSnapshot checkUp = clinic.service(60, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, noor);
        clinic.awaitKnown(checkUp, nextWeekAt(10, 0));
        Map<String, Object> earlierToday = clinic.request(checkUp, OffsetDateTime.now().minusHours(3).withNano(0));
        earlierToday.put("override", true);
        String ended = post(clinic.bookings(), earlierToday).statusCode(201).extract().path("id");
        String cancelled = post(clinic.bookings(), clinic.request(checkUp, nextWeekAt(10, 0))).statusCode(201)
                .extract().path("id");
        post(clinic.bookings() + "/" + cancelled + "/cancel", Map.of()).statusCode(200);
        String upcoming = post(clinic.bookings(), clinic.request(checkUp, nextWeekAt(12, 0))).statusCode(201)
                .extract().path("id");

        VertxContextSupport.subscribeAndAwait(() -> retirement.retireEndedBefore(Instant.now().plusSeconds(1)));

        assertNull(lastOccupancy(ended, 2).value(), "an ended booking's record is retired");
        assertNull(lastOccupancy(cancelled, 3).value(), "a cancelled booking's record is retired");
        assertNotNull(lastOccupancy(upcoming, 1).value(), "an upcoming booking's record stays");
        assertEquals(2, clinic.count("SELECT count(*) FROM booking WHERE organization_id = ? AND occupancy_retired_at"
                + " IS NOT NULL", clinic.organization));
        VertxContextSupport.subscribeAndAwait(() -> retirement.retireEndedBefore(Instant.now().plusSeconds(1)));
        assertEquals(2, clinic.count("SELECT count(*) FROM outbox_event WHERE organization_id = ? AND topic = ?"
                + " AND payload IS NULL", clinic.organization, Topics.BOOKING_OCCUPANCY.name()), "a booking is retired once");
    }

    private ConsumerRecord<String, String> lastOccupancy(String booking, int records) {
        List<ConsumerRecord<String, String>> found = new TopicReader(LocalStackTestResource.shared().kafka().bootstrapServers())
                .awaitRecords(Topics.BOOKING_OCCUPANCY.name(), record -> record.key().equals(key(booking)), records, DEADLINE);
        return found.get(found.size() - 1);
    }

    private String key(String booking) {
        return clinic.organization + "/" + booking;
    }
}
