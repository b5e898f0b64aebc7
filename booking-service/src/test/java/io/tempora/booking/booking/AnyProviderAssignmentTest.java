package io.tempora.booking.booking;

import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.localstack.JsonApi.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.booking.ClinicTest;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;

/** "Any provider" is given to whom the service's strategy picks, by the bookings in the database. */
@QuarkusTest
class AnyProviderAssignmentTest extends ClinicTest {

    @Test
    void roundRobinGivesEachBookingToWhoeverWasGivenOneLongestAgo() throws InterruptedException {
        UUID maria = clinic.provider("Maria");
        UUID tom = clinic.provider("Tom");
        UUID lee = clinic.provider("Lee");
        ServiceSnapshot massage = clinic.service(60, 1, AssignmentStrategy.ROUND_ROBIN, maria, tom, lee);
        clinic.awaitKnown(massage, nextWeekAt(9, 0));

        List<String> given = new ArrayList<>();
        for (int hour = 9; hour < 15; hour++) {
            given.add(book(massage, null, hour));
        }

        assertEquals(List.of(maria, tom, lee, maria, tom, lee).stream().map(UUID::toString).toList(), given,
                "first by priority while nobody had one, then whoever was given one longest ago");
    }

    @Test
    void leastBookedGivesTheBookingToWhoeverHasFewestLiveBookingsThatDay() throws InterruptedException {
        UUID maria = clinic.provider("Maria");
        UUID tom = clinic.provider("Tom");
        ServiceSnapshot massage = clinic.service(60, 1, AssignmentStrategy.LEAST_BOOKED, maria, tom);
        clinic.awaitKnown(massage, nextWeekAt(9, 0));
        String mariasFirst = bookingAt(massage, maria, 9);
        book(massage, maria, 10);
        book(massage, tom, 11);

        assertEquals(tom.toString(), book(massage, null, 12), "Tom had one that day, Maria two");
        post(clinic.bookings() + "/" + mariasFirst + "/cancel").statusCode(200);
        assertEquals(maria.toString(), book(massage, null, 13), "cancelled, Maria's first no longer counts");
        assertEquals(maria.toString(), book(massage, null, 14), "two each: Maria comes first by priority");
    }

    /** @return the provider it was given */
    private String book(ServiceSnapshot service, UUID provider, int hour) {
        return post(clinic.bookings(), request(service, provider, hour)).statusCode(201).extract().path("provider.id");
    }

    /** @return the booking's id */
    private String bookingAt(ServiceSnapshot service, UUID provider, int hour) {
        return post(clinic.bookings(), request(service, provider, hour)).statusCode(201).extract().path("id");
    }

    private Map<String, Object> request(ServiceSnapshot service, UUID provider, int hour) {
        Map<String, Object> request = clinic.request(service, nextWeekAt(hour, 0));
        if (provider != null) {
            request.put("providerId", provider);
        }
        return request;
    }
}
