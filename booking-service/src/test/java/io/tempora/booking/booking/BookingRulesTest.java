package io.tempora.booking.booking;

import static io.restassured.RestAssured.given;
import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.localstack.JsonApi.PROBLEM_JSON;
import static io.tempora.localstack.JsonApi.post;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.tempora.booking.ClinicTest;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;
import io.tempora.contracts.rules.PanelStatus;
import io.tempora.contracts.rules.ProviderSelection;
import io.tempora.localstack.LocalStackTestResource;

/** Who may be booked with whom: provider selection, single-provider organizations, panels, per-provider terms. */
@QuarkusTest
class BookingRulesTest extends ClinicTest {

    private static final OffsetDateTime TEN = nextWeekAt(10, 0);
    private static final OffsetDateTime ELEVEN = nextWeekAt(11, 0);
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void aClientCannotNameTheProviderOfAServiceThatAssignsItButStaffMay() throws InterruptedException {
        UUID ana = clinic.provider("Ana");
        UUID ben = clinic.provider("Ben");
        ServiceSnapshot intake = service(ProviderSelection.AUTO_ASSIGN, List.of(offering(ana, 1), offering(ben, 2)));
        clinic.awaitKnown(intake, TEN);
        UUID client = UUID.randomUUID();

        asClient(client).body(request(intake, TEN, client, ben)).post(clinic.bookings())
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("providerId"));
        asClient(client).body(request(intake, TEN, client, null)).post(clinic.bookings())
                .then().statusCode(201).body("provider.id", equalTo(ana.toString()));
        post(clinic.bookings(), request(intake, TEN, UUID.randomUUID(), ben))
                .statusCode(201).body("provider.id", equalTo(ben.toString()));
    }

    @Test
    void aSingleProviderOrganizationBooksItsOneProvider() throws InterruptedException {
        UUID owner = clinic.provider("Owner");
        UUID locum = clinic.provider("Locum");
        ServiceSnapshot checkUp = service(ProviderSelection.CLIENT_CHOOSES, List.of(offering(owner, 1), offering(locum, 2)));
        clinic.awaitKnown(checkUp, TEN);
        clinic.publisher().organization(false);
        await().atMost(DEADLINE).until(() -> catalog.bookableProviders(clinic.organization, checkUp).equals(List.of(owner)));

        post(clinic.bookings(), request(checkUp, TEN, UUID.randomUUID(), locum))
                .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("providerId"));
        post(clinic.bookings(), request(checkUp, TEN, UUID.randomUUID(), null))
                .statusCode(201).body("provider.id", equalTo(owner.toString()));
        await().atMost(DEADLINE).untilAsserted(() -> post(clinic.bookings(), request(checkUp, TEN, UUID.randomUUID(), null))
                .statusCode(409).body("conflicts", contains("APPOINTMENT_CONFLICT")));
    }

    @Test
    void eachProviderBooksWithTheirOwnDurationAndPrice() throws InterruptedException {
        UUID ana = clinic.provider("Ana");
        UUID ben = clinic.provider("Ben");
        ServiceSnapshot.Money senior = new ServiceSnapshot.Money(new BigDecimal("90.00"), "EUR");
        ServiceSnapshot massage = service(ProviderSelection.CLIENT_CHOOSES, List.of(offering(ana, 1),
                new ServiceSnapshot.Offering(ben, 2, 90, senior)));
        clinic.awaitKnown(massage, TEN);

        post(clinic.bookings(), request(massage, TEN, UUID.randomUUID(), ben))
                .statusCode(201)
                .body("end", equalTo(TEN.plusMinutes(90).toInstant().toString()))
                .body("price.amount", equalTo(90.0f))
                .body("price.currency", equalTo("EUR"));
        post(clinic.bookings(), request(massage, TEN, UUID.randomUUID(), ana))
                .statusCode(201)
                .body("end", equalTo(TEN.plusMinutes(60).toInstant().toString()))
                .body("price.amount", equalTo(60.0f));
    }

    @Test
    void aClosedPanelTakesOnlyExistingClientsAndALimitedOneNewClientsOnlyFromStaff() throws InterruptedException {
        UUID ana = clinic.provider("Ana");
        ServiceSnapshot therapy = service(ProviderSelection.CLIENT_CHOOSES, List.of(offering(ana, 1)));
        clinic.awaitKnown(therapy, TEN);
        UUID regular = UUID.randomUUID();
        asClient(regular).body(request(therapy, TEN, regular, ana)).post(clinic.bookings()).then().statusCode(201);

        clinic.publisher().caseload(ana, PanelStatus.CLOSED, null, 1);
        await().atMost(DEADLINE).until(() -> catalog.panel(clinic.organization, ana) == PanelStatus.CLOSED);
        UUID newcomer = UUID.randomUUID();
        asClient(newcomer).body(request(therapy, ELEVEN, newcomer, ana)).post(clinic.bookings())
                .then().statusCode(409).contentType(PROBLEM_JSON).body("conflicts", contains("NOT_TAKING_NEW_CLIENTS"));
        post(clinic.bookings(), request(therapy, ELEVEN, newcomer, ana))
                .statusCode(409).body("conflicts", contains("NOT_TAKING_NEW_CLIENTS"));
        asClient(regular).body(request(therapy, ELEVEN, regular, ana)).post(clinic.bookings()).then().statusCode(201);

        clinic.publisher().caseload(ana, PanelStatus.LIMITED, null, 1);
        await().atMost(DEADLINE).until(() -> catalog.panel(clinic.organization, ana) == PanelStatus.LIMITED);
        OffsetDateTime noon = nextWeekAt(12, 0);
        asClient(newcomer).body(request(therapy, noon, newcomer, ana)).post(clinic.bookings())
                .then().statusCode(409).body("conflicts", contains("NOT_TAKING_NEW_CLIENTS"));
        post(clinic.bookings(), request(therapy, noon, newcomer, ana)).statusCode(201);
    }

    @Test
    void aRescheduleToATimeItsAssignedProviderIsBusyPicksAnotherButKeepsAChosenOne() throws InterruptedException {
        UUID ana = clinic.provider("Ana");
        UUID ben = clinic.provider("Ben");
        ServiceSnapshot assigned = service(ProviderSelection.AUTO_ASSIGN, List.of(offering(ana, 1), offering(ben, 2)));
        ServiceSnapshot chosen = service(ProviderSelection.CLIENT_CHOOSES, List.of(offering(ana, 1), offering(ben, 2)));
        clinic.awaitKnown(assigned, TEN);
        clinic.awaitKnown(chosen, TEN);
        UUID client = UUID.randomUUID();
        String byStrategy = asClient(client).body(request(assigned, TEN, client, null)).post(clinic.bookings())
                .then().statusCode(201).body("provider.id", equalTo(ana.toString())).extract().path("id");
        String byChoice = asClient(client).body(request(chosen, nextWeekAt(13, 0), client, ana)).post(clinic.bookings())
                .then().statusCode(201).extract().path("id");
        post(clinic.bookings(), request(assigned, ELEVEN, UUID.randomUUID(), ana)).statusCode(201);

        await().atMost(DEADLINE).untilAsserted(() -> asClient(client).body(Map.of("start", ELEVEN.toString()))
                .post(clinic.bookings() + "/" + byStrategy + "/reschedule")
                .then().statusCode(200).body("provider.id", equalTo(ben.toString())));
        asClient(client).body(Map.of("start", ELEVEN.toString())).post(clinic.bookings() + "/" + byChoice + "/reschedule")
                .then().statusCode(409).body("conflicts", contains("APPOINTMENT_CONFLICT"));
        asClient(client).body(Map.of("start", nextWeekAt(14, 0).toString()))
                .post(clinic.bookings() + "/" + byStrategy + "/reschedule")
                .then().statusCode(200).body("provider.id", equalTo(ben.toString()));
    }

    @Test
    void aStartBeyondTheHorizonOrBetweenSecondsIsRefusedNamingIt() throws InterruptedException {
        UUID ana = clinic.provider("Ana");
        ServiceSnapshot massage = service(ProviderSelection.CLIENT_CHOOSES, List.of(offering(ana, 1)));
        clinic.awaitKnown(massage, TEN);
        Map<String, Object> farAhead = request(massage, TEN.plusYears(11), UUID.randomUUID(), ana);
        farAhead.put("override", true);
        Map<String, Object> betweenSeconds = request(massage, TEN.plusNanos(500_000_000), UUID.randomUUID(), ana);

        post(clinic.bookings(), farAhead).statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("start")).body("errors[0].message", containsString("horizon"));
        post(clinic.bookings(), betweenSeconds).statusCode(400).body("errors[0].field", equalTo("start"));
    }

    private ServiceSnapshot service(ProviderSelection selection, List<ServiceSnapshot.Offering> offerings) {
        ServiceSnapshot service = new ServiceSnapshot(UUID.randomUUID(), clinic.organization, "Consultation", 60, 0, 0, 15,
                1, 0, 365, selection, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY,
                new ServiceSnapshot.Money(new BigDecimal("60.00"), "EUR"), true, offerings, 0);
        clinic.publisher().service(service);
        return service;
    }

    private static ServiceSnapshot.Offering offering(UUID provider, int priority) {
        return new ServiceSnapshot.Offering(provider, priority, null, null);
    }

    private Map<String, Object> request(ServiceSnapshot service, OffsetDateTime start, UUID client, UUID provider) {
        Map<String, Object> body = clinic.request(service, start);
        body.put("client", Map.of("id", client, "name", "Ada Lovelace"));
        if (provider != null) {
            body.put("providerId", provider);
        }
        return body;
    }

    private RequestSpecification asClient(UUID client) {
        return given().header("Authorization", "Bearer "
                + LocalStackTestResource.shared().tokens().client(clinic.organization, client)).contentType("application/json");
    }
}
