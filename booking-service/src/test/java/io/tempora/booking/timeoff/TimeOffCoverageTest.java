package io.tempora.booking.timeoff;

import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.localstack.JsonApi.get;
import static io.tempora.localstack.JsonApi.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.booking.Clinic;
import io.tempora.booking.ClinicTest;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.Topics;
import io.tempora.contracts.booking.BookingEvent;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.localstack.LocalStackTestResource;
import io.tempora.contracts.DeadLetterHeaders;
import io.tempora.localstack.Redrive;
import io.tempora.localstack.TopicReader;
import io.tempora.contracts.rules.AssignmentStrategy;

/** A provider's approved leave hands their bookings to the coverage provider where possible. */
@QuarkusTest
class TimeOffCoverageTest extends ClinicTest {

    @jakarta.inject.Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Test
    void bookingsMoveToAFreeCoverageProviderAndTheRestAreFlaggedForStaff() throws InterruptedException {
        UUID away = clinic.provider("Away");
        UUID cover = clinic.provider("Cover");
        ServiceSnapshot checkUp = clinic.service(60, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, away, cover);
        clinic.awaitKnown(checkUp, nextWeekAt(10, 0));
        String movable = book(checkUp, away, nextWeekAt(10, 0));
        String clashing = book(checkUp, away, nextWeekAt(11, 0));
        book(checkUp, cover, nextWeekAt(11, 0));
        String afterLeave = book(checkUp, away, nextWeekAt(16, 0));

        clinic.publisher().timeOffApprovedEvent(away, nextWeekAt(9, 0).toInstant(), nextWeekAt(13, 0).toInstant(), cover);

        awaitStatus(clashing, "NEEDS_REASSIGNMENT");
        awaitProvider(movable, cover);
        get(bookingPath(movable)).statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("provider.name", equalTo("Cover"));
        get(bookingPath(movable) + "/history").statusCode(200).body("change", contains("CREATED", "REASSIGNED"))
                .body("[1].previousProviderId", equalTo(away.toString()));
        get(bookingPath(afterLeave)).statusCode(200).body("provider.id", equalTo(away.toString()))
                .body("status", equalTo("CONFIRMED"));

        List<String> announced = eventTypes(movable, clashing);
        assertEquals(List.of(BookingEvent.CREATED, BookingEvent.CREATED, BookingEvent.REASSIGNED,
                BookingEvent.NEEDS_REASSIGNMENT), announced.stream().sorted((a, b) -> order(a) - order(b)).toList());

        post(bookingPath(clashing) + "/reschedule", Map.of("start", nextWeekAt(14, 0).toString(),
                "providerId", cover.toString())).statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("provider.id", equalTo(cover.toString()));
    }

    /**
     * An approval read again after the time off was cancelled moves nothing: the bookings stay with
     * their provider. A later approval of another provider, on the same partition, shows the
     * earlier one was read.
     */
    @Test
    void aReplayedApprovalOfACancelledTimeOffMovesNothing() throws InterruptedException {
        UUID stays = clinic.provider("Stays");
        UUID leaves = clinic.provider("Leaves");
        UUID cover = clinic.provider("Cover");
        ServiceSnapshot checkUp = clinic.service(60, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, stays, leaves, cover);
        clinic.awaitKnown(checkUp, nextWeekAt(10, 0));
        String kept = book(checkUp, stays, nextWeekAt(10, 0));
        String flagged = book(checkUp, leaves, nextWeekAt(10, 0));
        UUID cancelledLeave = UUID.randomUUID();
        java.time.Instant from = nextWeekAt(9, 0).toInstant();
        java.time.Instant to = nextWeekAt(13, 0).toInstant();
        clinic.publisher().timeOff(cancelledLeave, stays, from, to, "CANCELLED");
        org.awaitility.Awaitility.await().atMost(DEADLINE).until(() -> catalog.timeOff(clinic.organization, cancelledLeave)
                .isPresent());

        clinic.publisher().approvalEvent(cancelledLeave, stays, from, to, cover);
        clinic.publisher().timeOffApprovedEvent(leaves, from, to, null);

        awaitStatus(flagged, "NEEDS_REASSIGNMENT");
        get(bookingPath(kept)).statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("provider.id", equalTo(stays.toString()));
        get(bookingPath(kept) + "/history").statusCode(200).body("change", contains("CREATED"));
    }

    /**
     * An event the coverage cannot read is parked as a dead letter, with its error and origin, and
     * the events behind it are applied; a re-drive sends it back where it came from.
     */
    @Test
    void anUnreadableEventIsParkedAsADeadLetterAndTheNextOnesApplyThenItCanBeReDriven() throws InterruptedException {
        UUID leaves = clinic.provider("Leaves");
        ServiceSnapshot checkUp = clinic.service(60, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, leaves);
        clinic.awaitKnown(checkUp, nextWeekAt(10, 0));
        String flagged = book(checkUp, leaves, nextWeekAt(10, 0));
        UUID poison = UUID.randomUUID();
        double parkedBefore = deadLettersCounted();

        clinic.publisher().poisonTimeOffEvent(poison, "{not json");
        clinic.publisher().timeOffApprovedEvent(leaves, nextWeekAt(9, 0).toInstant(), nextWeekAt(13, 0).toInstant(), null);

        awaitStatus(flagged, "NEEDS_REASSIGNMENT");
        String bootstrap = LocalStackTestResource.shared().kafka().bootstrapServers();
        String key = clinic.organization + "/" + poison;
        ConsumerRecord<String, String> letter = new TopicReader(bootstrap).awaitRecords(
                Topics.BOOKING_TIME_OFF_EVENTS_DEAD_LETTERS.name(), record -> key.equals(record.key()), 1, DEADLINE).get(0);
        assertEquals("{not json", letter.value());
        assertEquals(Topics.PROVIDER_TIME_OFF_EVENTS.name(), header(letter, DeadLetterHeaders.SOURCE_TOPIC));
        assertEquals(true, header(letter, DeadLetterHeaders.ERROR).contains("JsonParseException"));
        assertEquals(parkedBefore + 1, deadLettersCounted());

        assertEquals(true, Redrive.redrive(bootstrap, Topics.BOOKING_TIME_OFF_EVENTS_DEAD_LETTERS.name()) >= 1);
        new TopicReader(bootstrap).awaitRecords(Topics.BOOKING_TIME_OFF_EVENTS_DEAD_LETTERS.name(),
                record -> key.equals(record.key()), 2, DEADLINE);
    }

    private double deadLettersCounted() {
        return metrics.counter("tempora.consumer.dead.letters", "consumer", "time-off-coverage").count();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int order(String type) {
        return List.of(BookingEvent.CREATED, BookingEvent.REASSIGNED, BookingEvent.NEEDS_REASSIGNMENT).indexOf(type);
    }

    private List<String> eventTypes(String... bookingIds) throws InterruptedException {
        List<String> keys = Arrays.stream(bookingIds).map(id -> clinic.organization + "/" + id).toList();
        return new TopicReader(LocalStackTestResource.shared().kafka().bootstrapServers())
                .awaitRecords(Topics.BOOKING_EVENTS.name(), record -> keys.contains(record.key()), 4, DEADLINE)
                .stream().map(record -> EventJson.readEnvelope(record.value(), BookingEvent.class).type()).toList();
    }

    private String book(ServiceSnapshot service, UUID provider, OffsetDateTime start) {
        Map<String, Object> request = clinic.request(service, start);
        request.put("providerId", provider);
        return post(clinic.bookings(), request).statusCode(201).extract().path("id");
    }

    private String bookingPath(String id) {
        return clinic.bookings() + "/" + id;
    }

    private void awaitStatus(String id, String status) throws InterruptedException {
        await(() -> status.equals(get(bookingPath(id)).extract().path("status")), id + " to become " + status);
    }

    private void awaitProvider(String id, UUID provider) throws InterruptedException {
        await(() -> provider.toString().equals(get(bookingPath(id)).extract().path("provider.id")),
                id + " to move to " + provider);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + DEADLINE + " for " + what);
            }
            Thread.sleep(100);
        }
    }
}
