package io.tempora.booking.booking;

import static io.restassured.RestAssured.given;
import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.localstack.JsonApi.PROBLEM_JSON;
import static io.tempora.localstack.JsonApi.get;
import static io.tempora.localstack.JsonApi.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.tempora.booking.Clinic;
import io.tempora.booking.ClinicTest;
import io.tempora.booking.ConcurrentClients;
import io.tempora.booking.idempotency.IdempotencyKeys;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;
import io.tempora.localstack.LocalStackTestResource;

/** Booking, moving and cancelling, as a client or the front desk does it. */
@QuarkusTest
class BookingResourceTest extends ClinicTest {

    @Inject
    IdempotencyKeys keys;

    private UUID maria;
    private UUID tom;
    private ServiceSnapshot massage;

    @BeforeEach
    void aClinicWithTwoTherapists() throws InterruptedException {
        maria = clinic.provider("Maria");
        tom = clinic.provider("Tom");
        massage = clinic.service(60, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, maria, tom);
        clinic.awaitKnown(massage, nextWeekAt(10, 0));
    }

    @Test
    void aClientBooksAFreeSlotWithTheProviderOfTheirChoice() {
        Map<String, Object> request = clinic.request(massage, nextWeekAt(10, 0));
        request.put("providerId", tom);

        var created = post(clinic.bookings(), request)
                .statusCode(201)
                .body("provider.id", equalTo(tom.toString()))
                .body("provider.name", equalTo("Tom"))
                .body("provider.colorCode", equalTo("#112233"))
                .body("status", equalTo("CONFIRMED"))
                .body("start", equalTo(nextWeekAt(10, 0).toInstant().toString()))
                .body("end", equalTo(nextWeekAt(11, 0).toInstant().toString()))
                .body("warnings", empty())
                .extract();
        String id = created.path("id");
        assertEquals(true, created.header("Location").endsWith(clinic.bookings() + "/" + id));

        get(clinic.bookings() + "/" + id).statusCode(200).body("client.name", equalTo("Ada Lovelace"));
        get(clinic.bookings() + "/" + id + "/history").statusCode(200).body("change", contains("CREATED"));
    }

    @Test
    void anyProviderGoesToTheFirstByPriorityWhoIsFree() {
        post(clinic.bookings(), clinic.request(massage, nextWeekAt(10, 0))).statusCode(201)
                .body("provider.name", equalTo("Maria"));
        post(clinic.bookings(), clinic.request(massage, nextWeekAt(10, 0))).statusCode(201)
                .body("provider.name", equalTo("Tom"));
        post(clinic.bookings(), clinic.request(massage, nextWeekAt(10, 0))).statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("conflicts", hasItem("APPOINTMENT_CONFLICT"));
        assertEquals(2, clinic.count("SELECT count(*) FROM booking WHERE organization_id = ?", clinic.organization));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstBooking() {
        Map<String, Object> request = clinic.request(massage, nextWeekAt(13, 0));
        String owner = "Bearer " + LocalStackTestResource.shared().tokens().owner(clinic.organization);
        String first = given().contentType(ContentType.JSON).header("Authorization", owner)
                .header("Idempotency-Key", "retry-1").body(request)
                .post(clinic.bookings()).then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).header("Authorization", owner).header("Idempotency-Key", "retry-1")
                .body(request).post(clinic.bookings()).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));

        request.put("start", nextWeekAt(14, 0).toString());
        given().contentType(ContentType.JSON).header("Authorization", owner).header("Idempotency-Key", "retry-1").body(request)
                .post(clinic.bookings()).then().statusCode(422).contentType(PROBLEM_JSON);
        assertEquals(1, clinic.count("SELECT count(*) FROM booking WHERE organization_id = ?", clinic.organization));
    }

    @Test
    void aKeyPastItsRetentionIsForgotten() throws Throwable {
        Map<String, Object> request = clinic.request(massage, nextWeekAt(12, 0));
        request.put("providerId", maria);
        given().contentType(ContentType.JSON).header("Idempotency-Key", "old-key").body(request)
                .post(clinic.bookings()).then().statusCode(201);

        VertxContextSupport.subscribeAndAwait(() -> keys.forgetOlderThan(Instant.now().plusSeconds(1)));

        given().contentType(ContentType.JSON).header("Idempotency-Key", "old-key").body(request)
                .post(clinic.bookings()).then().statusCode(409).contentType(PROBLEM_JSON)
                .body("conflicts", contains("APPOINTMENT_CONFLICT"));
    }

    @Test
    void concurrentRetriesWithOneKeyMakeOneBooking() {
        Map<String, Object> request = clinic.request(massage, nextWeekAt(16, 0));
        String owner = "Bearer " + LocalStackTestResource.shared().tokens().owner(clinic.organization);
        List<HttpResponse<String>> answers = ConcurrentClients.postAll(clinic.bookings(), Collections.nCopies(6, request),
                Map.of("Idempotency-Key", "double-tap", "Authorization", owner));
        assertEquals(1, answers.stream().map(answer -> answer.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"))
                .distinct().count(), "every answer names the same booking");
        answers.forEach(answer -> assertEquals(201, answer.statusCode(), answer.body()));
        assertEquals(1, clinic.count("SELECT count(*) FROM booking WHERE organization_id = ?", clinic.organization));
    }

    @Test
    void staffCanBookOverCalendarConflictsWhichAreKeptAsWarnings() {
        Map<String, Object> evening = clinic.request(massage, nextWeekAt(18, 0));
        evening.put("providerId", maria);
        post(clinic.bookings(), evening).statusCode(409).contentType(PROBLEM_JSON)
                .body("conflicts", contains("OUTSIDE_DEFAULT_AVAILABILITY"));

        evening.put("override", true);
        post(clinic.bookings(), evening).statusCode(201)
                .body("override", equalTo(true))
                .body("warnings", contains("OUTSIDE_DEFAULT_AVAILABILITY"));

        Map<String, Object> sameTime = clinic.request(massage, nextWeekAt(18, 0));
        sameTime.put("providerId", maria);
        sameTime.put("override", true);
        post(clinic.bookings(), sameTime).statusCode(409)
                .body("conflicts", contains("APPOINTMENT_CONFLICT"));
    }

    @Test
    void aStartOffTheServicesGridIsRefusedUnlessStaffOverride() {
        Map<String, Object> offGrid = clinic.request(massage, nextWeekAt(9, 7));
        offGrid.put("providerId", maria);
        post(clinic.bookings(), offGrid).statusCode(409).contentType(PROBLEM_JSON)
                .body("conflicts", contains("OUTSIDE_DEFAULT_AVAILABILITY"));

        offGrid.put("override", true);
        post(clinic.bookings(), offGrid).statusCode(201)
                .body("warnings", contains("OUTSIDE_DEFAULT_AVAILABILITY"));
    }

    @Test
    void reschedulingOntoATakenSlotIsRefusedAndOntoAFreeOneKeepsTheId() {
        String first = book(maria, nextWeekAt(10, 0));
        book(maria, nextWeekAt(12, 0));

        post(clinic.bookings() + "/" + first + "/reschedule", Map.of("start", nextWeekAt(12, 30).toString()))
                .statusCode(409).contentType(PROBLEM_JSON)
                .body("conflicts", hasItem("APPOINTMENT_CONFLICT"));

        post(clinic.bookings() + "/" + first + "/reschedule", Map.of("start", nextWeekAt(14, 0).toString(),
                "reason", "client asked"))
                .statusCode(200)
                .body("id", equalTo(first))
                .body("start", equalTo(nextWeekAt(14, 0).toInstant().toString()));
        post(clinic.bookings() + "/" + first + "/reschedule", Map.of("start", nextWeekAt(14, 0).toString()))
                .statusCode(200);

        get(clinic.bookings() + "/" + first + "/history").statusCode(200)
                .body("change", contains("CREATED", "RESCHEDULED"))
                .body("[1].previousStart", equalTo(nextWeekAt(10, 0).toInstant().toString()))
                .body("[1].reason", equalTo("client asked"));
    }

    /**
     * An app whose request timed out sends it again while the first is still under way: both are
     * answered with the booking moved, and it moved once.
     */
    @Test
    void aMoveOrCancellationSentAgainWhileTheFirstIsUnderWayHappensOnce() {
        String id = book(maria, nextWeekAt(10, 0));
        String booking = clinic.bookings() + "/" + id;

        List<HttpResponse<String>> moves = ConcurrentClients.postAll(booking + "/reschedule",
                Collections.nCopies(6, Map.of("start", nextWeekAt(15, 0).toString())));
        moves.forEach(answer -> assertEquals(200, answer.statusCode(), answer.body()));
        List<HttpResponse<String>> cancellations = ConcurrentClients.postAll(booking + "/cancel",
                Collections.nCopies(6, Map.of("reason", "ill")));
        cancellations.forEach(answer -> assertEquals(200, answer.statusCode(), answer.body()));

        get(booking + "/history").statusCode(200)
                .body("change", contains("CREATED", "RESCHEDULED", "CANCELLED"))
                .body("[1].start", equalTo(nextWeekAt(15, 0).toInstant().toString()));
    }

    @Test
    void aCancelledSlotCanBeBookedAgainAtOnce() {
        String first = book(maria, nextWeekAt(15, 0));
        post(clinic.bookings() + "/" + first + "/cancel", Map.of("reason", "ill")).statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("ill"));
        post(clinic.bookings() + "/" + first + "/cancel").statusCode(200).body("status", equalTo("CANCELLED"));

        book(maria, nextWeekAt(15, 0));
        post(clinic.bookings() + "/" + first + "/reschedule", Map.of("start", nextWeekAt(16, 0).toString()))
                .statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    void calendarsListBookingsByProviderStatusAndTimeWithTheProvidersColor() {
        book(maria, nextWeekAt(9, 0));
        String cancelled = book(maria, nextWeekAt(11, 0));
        book(tom, nextWeekAt(11, 0));
        post(clinic.bookings() + "/" + cancelled + "/cancel").statusCode(200);

        given().queryParam("providerId", maria.toString()).queryParam("status", "CONFIRMED")
                .get(clinic.bookings()).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].provider.name", equalTo("Maria"))
                .body("items[0].provider.colorCode", equalTo("#112233"));
        given().queryParam("from", nextWeekAt(10, 30).toString()).queryParam("to", nextWeekAt(12, 0).toString())
                .queryParam("size", 1)
                .get(clinic.bookings()).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("totalPages", equalTo(2))
                .body("items", hasSize(1));
        given().queryParam("status", "LOST").get(clinic.bookings()).then().statusCode(400)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("status"));
    }

    @Test
    void badInputIsNamedAndWritesNothing() {
        UUID otherOrganizationsProvider = UUID.randomUUID();
        List<Map.Entry<String, Map<String, Object>>> cases = List.of(
                Map.entry("start", with("start", OffsetDateTime.now().minusHours(2).toString())),
                Map.entry("serviceId", with("serviceId", UUID.randomUUID())),
                Map.entry("seats", with("seats", 0)),
                Map.entry("seats", with("seats", 2)),
                Map.entry("providerId", with("providerId", otherOrganizationsProvider)),
                Map.entry("client.name", with("client", Map.of("id", UUID.randomUUID(), "name", " "))),
                Map.entry("resourceIds[0]", with("resourceIds", List.of(UUID.randomUUID()))));
        for (Map.Entry<String, Map<String, Object>> bad : cases) {
            post(clinic.bookings(), bad.getValue()).statusCode(400).contentType(PROBLEM_JSON)
                    .body("errors.field", hasItem(bad.getKey()));
        }
        given().contentType(ContentType.JSON).body("{\"serviceId\": \"not-a-uuid\"}").post(clinic.bookings())
                .then().statusCode(400).contentType(PROBLEM_JSON);
        assertEquals(0, clinic.rowsWritten(), "a refused request leaves no booking and no outbox row");
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> request = clinic.request(massage, nextWeekAt(10, 0));
        request.put(field, value);
        return request;
    }

    private String book(UUID provider, OffsetDateTime start) {
        Map<String, Object> request = clinic.request(massage, start);
        request.put("providerId", provider);
        return post(clinic.bookings(), request).statusCode(201).body("id", notNullValue()).extract().path("id");
    }
}
