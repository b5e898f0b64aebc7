package io.tempora.availability.slots;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.tempora.contracts.ConsistencyToken;
import io.tempora.localstack.KafkaBroker;
import io.tempora.localstack.LocalStackTestResource;
import io.tempora.localstack.Management;
import io.tempora.localstack.Publisher;
import io.tempora.contracts.rules.ProviderSelection;

/**
 * Each change another service publishes reaches the slots: schedules, time off, holidays, bookings
 * and resources, through the real broker and the read model; and a caller who names a booking's
 * change (its consistency token) gets an answer that already shows it.
 */
@QuarkusTest
class AvailabilityThroughKafkaTest {

    private static final ZoneId NEW_YORK = ZoneId.of(Publisher.ZONE);
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private Publisher publish;
    private LocalDate monday;
    private UUID dana;
    private UUID physio;

    @BeforeEach
    void aPhysiotherapistWorksMondayMornings() {
        publish = new Publisher(bootstrapServers);
        monday = LocalDate.now(NEW_YORK).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        publish.organization(true);
        dana = publish.provider("Dana");
        physio = publish.service(60, 1, ProviderSelection.CLIENT_CHOOSES, List.of(dana));
        publish.schedule(dana, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
    }

    @AfterEach
    void close() {
        publish.close();
    }

    @Test
    void scheduleTimeOffBookingsAndResourcesEachChangeTheSlots() {
        awaitStarts(monday, "09:00", "10:00", "11:00");

        publish.schedule(dana, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0));
        awaitStarts(monday, "09:00", "10:00", "11:00", "12:00");

        publish.approvedTimeOff(dana, at(monday, 9), at(monday, 10));
        awaitStarts(monday, "10:00", "11:00", "12:00");

        publish.booking(dana, UUID.randomUUID(), at(monday, 11), at(monday, 12), List.of(), 1);
        awaitStarts(monday, "10:00", "12:00");

        UUID rooms = UUID.randomUUID();
        UUID room = UUID.randomUUID();
        publish.resource(room, rooms, "Room 1", false);
        publish.requires(physio, rooms, 1);
        publish.booking(UUID.randomUUID(), UUID.randomUUID(), at(monday, 12), at(monday, 13), List.of(room), 1);
        awaitStarts(monday, "10:00");

        publish.resource(room, rooms, "Room 1", true);
        awaitStarts(monday);
    }

    @Test
    void aHolidayClosesTheDay() {
        awaitStarts(monday, "09:00", "10:00", "11:00");

        publish.holiday(monday);

        awaitStarts(monday);
        awaitStarts(monday.plusWeeks(1), "09:00", "10:00", "11:00");
    }

    /** Once caught up, a replica serves its last state through a broker outage, and goes on from there after it. */
    @Test
    void aBrokerOutageLeavesTheReplicaReadyOnItsLastStateAndItGoesOnAfterwards() {
        awaitStarts(monday, "09:00", "10:00", "11:00");
        KafkaBroker kafka = LocalStackTestResource.shared().kafka();
        kafka.stop();
        try {
            Management.given().get("/q/health/ready").then().statusCode(200);
            awaitStarts(monday, "09:00", "10:00", "11:00");
        } finally {
            kafka.start();
        }
        publish.booking(dana, physio, monday.atTime(10, 0).atZone(NEW_YORK).toInstant(),
                monday.atTime(11, 0).atZone(NEW_YORK).toInstant(), List.of(), 1);
        awaitStarts(monday, "09:00", "11:00");
    }

    /** Asked with a booking's consistency token, an answer waits until that booking is in: its slot is already gone. */
    @Test
    void anAnswerAskedWithABookingsTokenWaitsUntilThatBookingIsIn() {
        awaitStarts(monday, "09:00", "10:00", "11:00");
        UUID booking = UUID.randomUUID();
        CompletableFuture<ExtractableResponse<Response>> asked = CompletableFuture.supplyAsync(
                () -> slots(monday, new ConsistencyToken(booking, 0).toString()).extract());

        publish.booking(booking, dana, UUID.randomUUID(), physio, at(monday, 10), at(monday, 11), List.of(), 1);

        ExtractableResponse<Response> answer = asked.join();
        assertEquals(200, answer.statusCode());
        assertEquals(List.of("09:00", "11:00"), startsOf(answer), "the answer already shows the booking it waited for");
    }

    @Test
    void aChangeThatDoesNotArriveInTimeIsA503WithRetryAfter() {
        slots(monday, new ConsistencyToken(UUID.randomUUID(), 3).toString())
                .statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue());
    }

    @Test
    void aConsistencyTokenThatIsNoneIsA400NamingIt() {
        slots(monday, "yesterday")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(ConsistencyToken.PARAMETER));
    }

    private void awaitStarts(LocalDate date, String... expected) {
        List<String> wanted = List.of(expected);
        await().atMost(DEADLINE).untilAsserted(() -> {
            ExtractableResponse<Response> response = slots(date, null).extract();
            assertEquals(200, response.statusCode());
            assertEquals(wanted, startsOf(response), "slots on " + date);
        });
    }

    /** The slots of one day, asked with a consistency token or without (null). */
    private ValidatableResponse slots(LocalDate date, String consistencyToken) {
        var request = given().queryParam("serviceId", physio).queryParam("from", date.toString()).queryParam("to", date.toString());
        if (consistencyToken != null) {
            request.queryParam(ConsistencyToken.PARAMETER, consistencyToken);
        }
        return request.when().get("/v1/organizations/" + publish.organization + "/availability").then();
    }

    private static List<String> startsOf(ExtractableResponse<Response> answer) {
        List<String> starts = answer.path("days[0].slots.start");
        return starts.stream().map(start -> start.substring(11, 16)).toList();
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(NEW_YORK).toInstant();
    }
}
