package io.tempora.availability.slots;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
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
import io.tempora.contracts.ConsistencyToken;
import io.tempora.contracts.rules.ProviderSelection;
import io.tempora.localstack.Publisher;

/** Availability asked with a booking's consistency token answers only once that booking's change is in. */
@QuarkusTest
class ConsistencyTokenTest {

    private static final ZoneId NEW_YORK = ZoneId.of(Publisher.ZONE);

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
        await().atMost(Duration.ofSeconds(30)).until(() -> starts(null).extract().statusCode() == 200
                && startsOf(starts(null).extract()).equals(List.of("09:00", "10:00", "11:00")));
    }

    @AfterEach
    void close() {
        publish.close();
    }

    @Test
    void anAnswerAskedWithABookingsTokenWaitsUntilThatBookingIsIn() {
        UUID booking = UUID.randomUUID();
        CompletableFuture<ExtractableResponse<Response>> asked = CompletableFuture.supplyAsync(
                () -> starts(new ConsistencyToken(booking, 0).toString()).extract());

        publish.booking(booking, dana, UUID.randomUUID(), physio, monday.atTime(10, 0).atZone(NEW_YORK).toInstant(),
                monday.atTime(11, 0).atZone(NEW_YORK).toInstant(), List.of(), 1);

        ExtractableResponse<Response> answer = asked.join();
        assertEquals(200, answer.statusCode());
        assertEquals(List.of("09:00", "11:00"), startsOf(answer), "the answer already shows the booking it waited for");
    }

    @Test
    void aChangeThatDoesNotArriveInTimeIsA503WithRetryAfter() {
        starts(new ConsistencyToken(UUID.randomUUID(), 3).toString())
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
    }

    @Test
    void aTokenThatIsNoneIsA400NamingIt() {
        starts("yesterday")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(ConsistencyToken.PARAMETER));
    }

    private io.restassured.response.ValidatableResponse starts(String token) {
        var request = given().queryParam("serviceId", physio).queryParam("from", monday.toString())
                .queryParam("to", monday.toString());
        if (token != null) {
            request.queryParam(ConsistencyToken.PARAMETER, token);
        }
        return request.when().get("/v1/organizations/" + publish.organization + "/availability").then();
    }

    private List<String> startsOf(ExtractableResponse<Response> answer) {
        List<String> starts = answer.path("days[0].slots.start");
        return starts.stream().map(start -> OffsetDateTime.parse(start).atZoneSameInstant(NEW_YORK).toLocalTime().toString()).toList();
    }
}
