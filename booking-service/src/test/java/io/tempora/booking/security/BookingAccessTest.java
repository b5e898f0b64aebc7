package io.tempora.booking.security;

import static io.restassured.RestAssured.given;
import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.localstack.JsonApi.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.tempora.booking.Clinic;
import io.tempora.booking.ClinicTest;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.localstack.LocalStackTestResource;
import io.tempora.localstack.TokenIssuer;
import io.tempora.contracts.rules.AssignmentStrategy;

/** Clients and providers book, see and cancel what is theirs, and nothing else. */
@QuarkusTest
class BookingAccessTest extends ClinicTest {

    private static final OffsetDateTime TEN = nextWeekAt(10, 0);
    private static final OffsetDateTime ELEVEN = nextWeekAt(11, 0);

    private final TokenIssuer tokens = LocalStackTestResource.shared().tokens();
    private final UUID ada = UUID.randomUUID();
    private final UUID grace = UUID.randomUUID();
    private UUID reza;
    private UUID sara;
    private ServiceSnapshot massage;

    @BeforeEach
    void clinicWithTwoTherapists() throws InterruptedException {
        reza = clinic.provider("Reza");
        sara = clinic.provider("Sara");
        massage = clinic.service(60, 1, AssignmentStrategy.ROUND_ROBIN, reza, sara);
        clinic.awaitKnown(massage, TEN);
    }

    @Test
    void aClientBooksForThemselvesOnlyAndNeverOverCalendarConflicts() {
        as(client(ada)).body(booking(ada, reza, TEN)).post(clinic.bookings()).then().statusCode(201);

        as(client(ada)).body(booking(grace, reza, ELEVEN)).post(clinic.bookings())
                .then().statusCode(403).contentType("application/problem+json");
        Map<String, Object> overriding = booking(ada, reza, ELEVEN);
        overriding.put("override", true);
        as(client(ada)).body(overriding).post(clinic.bookings()).then().statusCode(403);

        assertEquals(1, clinic.count("SELECT count(*) FROM booking WHERE organization_id = ?", clinic.organization),
                "only Ada's own booking was made");
    }

    @Test
    void aClientSeesAndCancelsOnlyTheirOwnBookings() {
        String adas = id(post(clinic.bookings(), booking(ada, reza, TEN)));
        String graces = id(post(clinic.bookings(), booking(grace, sara, TEN)));

        as(client(ada)).get(clinic.bookings()).then().statusCode(200).body("items.id", contains(adas));
        as(client(ada)).queryParam("clientId", grace).get(clinic.bookings()).then().statusCode(403);
        as(client(ada)).get(clinic.bookings() + "/" + graces).then().statusCode(404);
        as(client(ada)).body(Map.of()).post(clinic.bookings() + "/" + graces + "/cancel").then().statusCode(404);

        given().get(clinic.bookings() + "/" + graces).then().body("status", equalTo("CONFIRMED"));
        as(client(ada)).body(Map.of()).post(clinic.bookings() + "/" + adas + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void aClientIsTheTokensSubjectWhateverItsOtherNameClaimsSay() {
        String adaCallingHerselfGrace = tokens.token().subject(ada.toString()).organization(clinic.organization)
                .roles("CLIENT").claim("upn", grace.toString()).claim("preferred_username", grace.toString()).sign();
        String graces = id(post(clinic.bookings(), booking(grace, sara, TEN)));

        as(adaCallingHerselfGrace).get(clinic.bookings() + "/" + graces).then().statusCode(404);
        as(adaCallingHerselfGrace).body(booking(grace, reza, ELEVEN)).post(clinic.bookings()).then().statusCode(403);
        as(adaCallingHerselfGrace).body(booking(ada, reza, ELEVEN)).post(clinic.bookings()).then().statusCode(201);
    }

    @Test
    void aClientSeesNeitherThePracticesNotesNorItsWarningsAndReasons() {
        Map<String, Object> overridden = booking(ada, reza, nextWeekAt(7, 0));
        overridden.put("override", true);
        overridden.put("notes", "pays late; ask for a deposit");
        String adas = id(post(clinic.bookings(), overridden));
        post(clinic.bookings() + "/" + adas + "/reschedule", Map.of("start", nextWeekAt(7, 30).toString(),
                "override", true, "reason", "Reza asked to start early")).statusCode(200);

        given().get(clinic.bookings() + "/" + adas).then().body("notes", equalTo("pays late; ask for a deposit"))
                .body("warnings", contains("OUTSIDE_DEFAULT_AVAILABILITY"));
        as(client(ada)).get(clinic.bookings() + "/" + adas).then().statusCode(200)
                .body("notes", nullValue()).body("warnings", empty()).body("override", equalTo(false));
        as(client(ada)).get(clinic.bookings() + "/" + adas + "/history").then().statusCode(200)
                .body("reason", everyItem(nullValue()));
    }

    @Test
    void aClientCannotMoveOrCancelABookingThatHasStarted() {
        Map<String, Object> earlierToday = booking(ada, reza, OffsetDateTime.now().minusMinutes(30).withNano(0));
        earlierToday.put("override", true);
        String started = id(post(clinic.bookings(), earlierToday));

        as(client(ada)).body(Map.of()).post(clinic.bookings() + "/" + started + "/cancel")
                .then().statusCode(409).contentType("application/problem+json");
        as(client(ada)).body(Map.of("start", ELEVEN.toString())).post(clinic.bookings() + "/" + started + "/reschedule")
                .then().statusCode(409);
        given().contentType("application/json").body(Map.of()).post(clinic.bookings() + "/" + started + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void anIdempotencyKeyIsItsSendersOwn() {
        String key = "same-key-" + UUID.randomUUID();

        String adas = as(client(ada)).header("Idempotency-Key", key).body(booking(ada, reza, TEN)).post(clinic.bookings())
                .then().statusCode(201).extract().path("id");
        String graces = as(client(grace)).header("Idempotency-Key", key).body(booking(grace, sara, TEN))
                .post(clinic.bookings()).then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .extract().path("id");
        as(client(ada)).header("Idempotency-Key", key).body(booking(ada, reza, TEN)).post(clinic.bookings())
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(adas));

        assertEquals(false, adas.equals(graces));
    }

    @Test
    void aProviderSeesTheirOwnBookingsAndBooksOnlyWithThemselves() {
        String withReza = id(post(clinic.bookings(), booking(ada, reza, TEN)));
        String withSara = id(post(clinic.bookings(), booking(grace, sara, TEN)));

        as(provider(reza)).get(clinic.bookings()).then().statusCode(200).body("items.id", contains(withReza));
        as(provider(reza)).get(clinic.bookings() + "/" + withSara).then().statusCode(404);
        as(provider(reza)).body(booking(ada, sara, ELEVEN)).post(clinic.bookings()).then().statusCode(403);
        as(provider(reza)).body(Map.of("start", ELEVEN.toString(), "providerId", sara))
                .post(clinic.bookings() + "/" + withReza + "/reschedule").then().statusCode(403);
        as(provider(reza)).body(booking(ada, reza, ELEVEN)).post(clinic.bookings()).then().statusCode(201);
    }

    @Test
    void anAssistantRunsEveryonesBookings() {
        String withSara = id(post(clinic.bookings(), booking(grace, sara, TEN)));
        String assistant = tokens.assistant(clinic.organization);

        as(assistant).get(clinic.bookings()).then().statusCode(200).body("items.id", contains(withSara));
        as(assistant).body(Map.of("start", ELEVEN.toString(), "providerId", reza))
                .post(clinic.bookings() + "/" + withSara + "/reschedule")
                .then().statusCode(200).body("provider.id", equalTo(reza.toString()));
    }

    private RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json");
    }

    private String client(UUID client) {
        return tokens.client(clinic.organization, client);
    }

    private String provider(UUID provider) {
        return tokens.provider(clinic.organization, provider);
    }

    private Map<String, Object> booking(UUID client, UUID provider, OffsetDateTime start) {
        Map<String, Object> request = clinic.request(massage, start);
        request.put("providerId", provider);
        request.put("client", Map.of("id", client, "name", "Client " + client));
        return request;
    }

    private static String id(ValidatableResponse created) {
        return created.statusCode(201).extract().path("id");
    }
}
