package io.tempora.availability.slots;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.localstack.Publisher;
import io.tempora.contracts.rules.ProviderSelection;

/** "Do you have anyone for deep tissue on Sunday?" */
@QuarkusTest
class ProvidersOnADayTest {

    private static final ZoneId NEW_YORK = ZoneId.of(Publisher.ZONE);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theAnswerNamesWhoIsFreeWhenAndWhyTheOthersAreNot() throws InterruptedException {
        LocalDate sunday = LocalDate.now(NEW_YORK).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
        try (Publisher publish = new Publisher(bootstrapServers)) {
            publish.organization(true);
            UUID sarah = publish.provider("Sarah", "Deep tissue massage");
            UUID nancy = publish.provider("Nancy", "Deep Tissue");
            UUID omar = publish.provider("Omar", "deep tissue, sports");
            UUID lina = publish.provider("Lina", "Deep tissue");
            publish.provider("Bob", "Sports massage");
            UUID massage = publish.service(60, 1, ProviderSelection.CLIENT_CHOOSES, List.of(sarah, nancy, omar, lina));
            publish.schedule(sarah, DayOfWeek.SUNDAY, LocalTime.of(10, 0), LocalTime.of(13, 0));
            publish.schedule(nancy, DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(13, 0));
            publish.schedule(omar, DayOfWeek.SUNDAY, LocalTime.of(10, 0), LocalTime.of(13, 0));
            publish.schedule(lina, DayOfWeek.SUNDAY, LocalTime.of(10, 0), LocalTime.of(12, 0));
            publish.approvedTimeOff(omar, at(sunday, 0), at(sunday, 23));
            publish.booking(lina, massage, at(sunday, 10), at(sunday, 12), List.of(), 1);
            publish.booking(sarah, massage, at(sunday, 10), at(sunday, 11), List.of(), 1);

            String path = "/v1/organizations/" + publish.organization + "/availability/providers";
            Instant deadline = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(deadline) && !"FULLY_BOOKED".equals(given()
                    .queryParam("date", sunday.toString()).queryParam("specialty", "deep tissue")
                    .when().get(path).then().extract().path("providers.find { it.name == 'Lina' }.reason"))) {
                Thread.sleep(50);
            }

            given().queryParam("date", sunday.toString()).queryParam("specialty", "DEEP TISSUE")
                    .queryParam("serviceId", massage)
                    .when().get(path).then().statusCode(200)
                    .body("providers.name", contains("Sarah", "Nancy", "Omar", "Lina"))
                    .body("providers.available", contains(true, false, false, false))
                    .body("providers.reason", contains(null, "OFF", "TIME_OFF", "FULLY_BOOKED"))
                    .body("providers[0].firstFreeTimes", hasSize(2))
                    .body("providers[0].firstFreeTimes[0]", equalTo(sunday + "T11:00:00" + offset(sunday)));
        }
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(NEW_YORK).toInstant();
    }

    private static String offset(LocalDate date) {
        return date.atTime(11, 0).atZone(NEW_YORK).getOffset().getId();
    }
}
