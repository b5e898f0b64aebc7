package io.tempora.booking;

import static io.restassured.RestAssured.given;
import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.localstack.JsonApi.post;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.contracts.ConsistencyToken;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;

/**
 * A client who has just booked, moved or cancelled, and asks availability with the answer's
 * consistency token, sees their own change at once: the booked slot is gone, the freed one back.
 */
@QuarkusTest
class ReadYourWritesTest extends ClinicTest {

    @Test
    void availabilityAskedWithAChangesTokenShowsThatChangeAtOnce() throws InterruptedException {
        UUID noor = clinic.provider("Noor");
        ServiceSnapshot checkUp = clinic.service(30, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, noor);
        clinic.awaitKnown(checkUp, nextWeekAt(9, 0));

        for (int hour = 10; hour < 16; hour++) {
            OffsetDateTime start = nextWeekAt(hour, 0);
            var booked = post(clinic.bookings(), clinic.request(checkUp, start)).statusCode(201).extract();
            String token = booked.header(ConsistencyToken.HEADER);
            assertNotNull(token, "a booking's answer carries its consistency token");
            assertFalse(offered(checkUp, start, token), "the slot booked at " + start + " is gone for its booker at once");

            if (hour % 2 == 0) {
                OffsetDateTime later = start.plusMinutes(30);
                String moved = post(clinic.bookings() + "/" + booked.path("id") + "/reschedule", Map.of("start", later.toString()))
                        .statusCode(200).extract().header(ConsistencyToken.HEADER);
                assertTrue(offered(checkUp, start, moved), "the slot left by a move is free again at once");
                assertFalse(offered(checkUp, later, moved), "the slot moved to is taken at once");
            } else {
                String cancelled = post(clinic.bookings() + "/" + booked.path("id") + "/cancel", Map.of())
                        .statusCode(200).extract().header(ConsistencyToken.HEADER);
                assertTrue(offered(checkUp, start, cancelled), "a cancelled booking's slot is free again at once");
            }
        }
    }

    private boolean offered(ServiceSnapshot service, OffsetDateTime start, String token) {
        List<String> starts = given().baseUri(AvailabilityUrl.get())
                .queryParam("serviceId", service.id())
                .queryParam("from", start.toLocalDate().toString())
                .queryParam("to", start.toLocalDate().toString())
                .queryParam(ConsistencyToken.PARAMETER, token)
                .get("/v1/organizations/" + clinic.organization + "/availability")
                .then().statusCode(200).extract().path("days.slots.flatten().start");
        return starts.stream().anyMatch(offered -> OffsetDateTime.parse(offered).toInstant().equals(start.toInstant()));
    }
}
