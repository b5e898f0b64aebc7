package io.tempora.booking.capacity;

import static io.restassured.RestAssured.given;
import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.localstack.JsonApi.PROBLEM_JSON;
import static io.tempora.localstack.JsonApi.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.tempora.booking.Clinic;
import io.tempora.booking.ClinicTest;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;

/** Rooms are allocated first free by name, kept when chosen, and never given to two bookings at once. */
@QuarkusTest
class ResourceAllocationTest extends ClinicTest {

    @Test
    void threeTherapistsShareTwoTreatmentRooms() throws InterruptedException {
        UUID maria = clinic.provider("Maria");
        UUID tom = clinic.provider("Tom");
        UUID lee = clinic.provider("Lee");
        ServiceSnapshot massage = clinic.service(60, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, maria, tom, lee);
        UUID rooms = UUID.randomUUID();
        UUID tables = UUID.randomUUID();
        UUID room2 = clinic.publisher().resource(rooms, "Room 2");
        UUID room1 = clinic.publisher().resource(rooms, "Room 1");
        UUID table = clinic.publisher().resource(tables, "Table 1");
        clinic.publisher().requires(massage.id(), rooms, 1);
        clinic.awaitResources(massage, rooms, 2);
        clinic.awaitResources(massage, tables, 1);
        clinic.awaitKnown(massage, nextWeekAt(10, 0));

        String marias = book(massage, maria, null).statusCode(201).body("resourceIds", contains(room1.toString()))
                .extract().path("id");
        book(massage, tom, null).statusCode(201).body("resourceIds", contains(room2.toString()));
        book(massage, lee, null).statusCode(409).contentType(PROBLEM_JSON)
                .body("conflicts", hasItem("RESOURCE_CONFLICT"));

        book(massage, lee, List.of(table)).statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("resourceIds[0]"));

        post(clinic.bookings() + "/" + marias + "/cancel").statusCode(200);
        String lees = book(massage, lee, List.of(room1)).statusCode(201).body("resourceIds", contains(room1.toString()))
                .extract().path("id");
        given().queryParam("resourceId", room1).get(clinic.bookings()).then().statusCode(200)
                .body("items.id", contains(lees));
        assertEquals(2, clinic.count("SELECT count(*) FROM booking_allocation a JOIN booking b ON b.id = a.booking_id"
                + " WHERE b.organization_id = ?", clinic.organization), "a cancelled booking holds no room");
    }

    /** Staff overriding may put a booking in a busy room they choose; it is kept as a warning, never as a free pass on seats. */
    @Test
    void staffOverridingMayChooseABusyRoom() throws InterruptedException {
        UUID maria = clinic.provider("Maria");
        UUID tom = clinic.provider("Tom");
        ServiceSnapshot massage = clinic.service(60, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, maria, tom);
        UUID rooms = UUID.randomUUID();
        UUID onlyRoom = clinic.publisher().resource(rooms, "Room 1");
        clinic.publisher().requires(massage.id(), rooms, 1);
        clinic.awaitResources(massage, rooms, 1);
        clinic.awaitKnown(massage, nextWeekAt(10, 0));
        book(massage, maria, null).statusCode(201);

        Map<String, Object> overriding = clinic.request(massage, nextWeekAt(10, 0));
        overriding.put("providerId", tom);
        overriding.put("resourceIds", List.of(onlyRoom));
        overriding.put("override", true);
        post(clinic.bookings(), overriding).statusCode(201)
                .body("resourceIds", contains(onlyRoom.toString()))
                .body("warnings", contains("RESOURCE_CONFLICT"));
        post(clinic.bookings(), overriding).statusCode(409).body("conflicts", contains("APPOINTMENT_CONFLICT"));
    }

    private ValidatableResponse book(ServiceSnapshot service, UUID provider, List<UUID> resources) {
        Map<String, Object> request = clinic.request(service, nextWeekAt(10, 0));
        request.put("providerId", provider);
        if (resources != null) {
            request.put("resourceIds", resources);
        }
        return post(clinic.bookings(), request);
    }
}
