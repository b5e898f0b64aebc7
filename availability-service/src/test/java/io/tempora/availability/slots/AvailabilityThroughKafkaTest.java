package io.tempora.availability.slots;

import static io.restassured.RestAssured.given;
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

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.localstack.KafkaBroker;
import io.tempora.localstack.LocalStackTestResource;
import io.tempora.localstack.Management;
import io.tempora.localstack.Publisher;
import io.tempora.contracts.rules.ProviderSelection;

/**
 * Each change another service publishes reaches the slots: schedules, time off, holidays, bookings
 * and resources, through the real broker and the read model.
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

    private void awaitStarts(LocalDate date, String... expected) {
        List<String> wanted = List.of(expected);
        Instant deadline = Instant.now().plus(DEADLINE);
        List<String> seen = List.of();
        while (Instant.now().isBefore(deadline)) {
            var response = given().queryParam("serviceId", physio).queryParam("from", date.toString())
                    .queryParam("to", date.toString())
                    .when().get("/v1/organizations/" + publish.organization + "/availability").then().extract();
            if (response.statusCode() == 200) {
                List<String> starts = response.path("days[0].slots.start");
                seen = starts.stream().map(start -> start.substring(11, 16)).toList();
                if (seen.equals(wanted)) {
                    return;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertEquals(wanted, seen, "slots on " + date + " within " + DEADLINE);
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(NEW_YORK).toInstant();
    }
}
