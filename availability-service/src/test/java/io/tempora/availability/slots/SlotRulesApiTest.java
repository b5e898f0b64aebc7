package io.tempora.availability.slots;

import static io.restassured.RestAssured.given;
import static io.tempora.localstack.JsonApi.PROBLEM_JSON;
import static io.tempora.localstack.JsonApi.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;
import io.tempora.contracts.rules.OrganizationStatus;
import io.tempora.contracts.rules.PanelStatus;
import io.tempora.contracts.rules.ProviderSelection;
import io.tempora.contracts.rules.TimesOfDay;
import io.tempora.localstack.LocalStackTestResource;
import io.tempora.localstack.Publisher;

/** The slot rules as a client meets them through availability-service's API. */
@QuarkusTest
class SlotRulesApiTest {

    private static final ZoneId NEW_YORK = ZoneId.of(Publisher.ZONE);
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private Publisher publish;
    private LocalDate monday;

    @BeforeEach
    void anOrganization() {
        publish = new Publisher(bootstrapServers);
        publish.organization(true);
        monday = LocalDate.now(NEW_YORK).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    @AfterEach
    void close() {
        publish.close();
    }

    @Test
    void aShiftUntil24OffersItsLastSlotEndingAtMidnight() {
        UUID nightNurse = publish.provider("Night nurse");
        UUID checkUp = publish.service(60, 1, ProviderSelection.CLIENT_CHOOSES, List.of(nightNurse));
        publish.schedule(nightNurse, DayOfWeek.MONDAY, LocalTime.of(21, 0), TimesOfDay.END_OF_DAY);

        JsonPath day = await(checkUp, answer -> answer.getList("days[0].slots").size() == 3);

        assertEquals(monday + "T23:00:00" + offset(23), day.getString("days[0].slots[2].start"));
        assertEquals(monday.plusDays(1) + "T00:00:00" + offset(23), day.getString("days[0].slots[2].end"));
    }

    /** One room of capacity 2, two free providers and a class of 8: two sessions, 16 seats. */
    @Test
    void remainingCapacityCountsEverySessionTheRoomsCanHold() {
        UUID ana = publish.provider("Ana");
        UUID ben = publish.provider("Ben");
        UUID pilates = publish.service(60, 8, ProviderSelection.CLIENT_CHOOSES, List.of(ana, ben));
        UUID studios = UUID.randomUUID();
        publish.resource(studios, "Studio", 2);
        publish.requires(pilates, studios, 1);
        publish.schedule(ana, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0));
        publish.schedule(ben, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0));

        await(pilates, answer -> answer.getList("days[0].slots.remainingCapacity").equals(List.of(16)));
    }

    @Test
    void whenTooFewResourcesAreFreeTheCheckSuggestsTheFreeOnesAndSaysHowManyAreMissing() {
        UUID ana = publish.provider("Ana");
        UUID duo = publish.service(60, 1, ProviderSelection.CLIENT_CHOOSES, List.of(ana));
        UUID beds = UUID.randomUUID();
        UUID bed = publish.resource(beds, "Bed 1", 1);
        publish.requires(duo, beds, 2);
        publish.schedule(ana, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0));
        Map<String, Object> check = Map.of("serviceId", duo, "start", monday + "T09:00:00" + offset(9));
        Awaitility.await().atMost(DEADLINE).until(() -> List.of(bed.toString()).equals(
                post(path() + "/check", check).extract().path("resources[0].suggestedResourceIds")));

        post(path() + "/check", check)
                .statusCode(200)
                .body("bookable", equalTo(false))
                .body("conflicts", contains("RESOURCE_CONFLICT"))
                .body("resources[0].suggestedResourceIds", contains(bed.toString()))
                .body("resources[0].missing", equalTo(1));
    }

    @Test
    void aStartOffTheServicesGridIsRefusedForTheReasonAvailabilityGives() {
        UUID ana = publish.provider("Ana");
        UUID massage = publish.service(30, 1, ProviderSelection.CLIENT_CHOOSES, List.of(ana));
        publish.schedule(ana, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
        await(massage, answer -> answer.getList("days[0].slots").size() == 6);

        post(path() + "/check", Map.of("serviceId", massage, "start", monday + "T09:07:00" + offset(9)))
                .statusCode(200)
                .body("bookable", equalTo(false))
                .body("conflicts", contains("OUTSIDE_DEFAULT_AVAILABILITY"));
    }

    @Test
    void whoHasTimeSaysWhyAProviderHasNone() {
        UUID shortDay = publish.provider("Short day");
        UUID roomless = publish.provider("Roomless");
        UUID longTreatment = publish.service(90, 1, ProviderSelection.CLIENT_CHOOSES, List.of(shortDay, roomless));
        UUID rooms = UUID.randomUUID();
        UUID room = publish.resource(rooms, "Room 1", 1);
        publish.requires(longTreatment, rooms, 1);
        publish.schedule(shortDay, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0));
        publish.schedule(roomless, DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 0));
        publish.booking(UUID.randomUUID(), UUID.randomUUID(), monday.atTime(12, 0).atZone(NEW_YORK).toInstant(),
                monday.atTime(18, 0).atZone(NEW_YORK).toInstant(), List.of(room), 1);

        Awaitility.await().atMost(DEADLINE).untilAsserted(() -> assertEquals(List.of("HOURS_TOO_SHORT", "NO_FREE_RESOURCE"),
                given().queryParam("date", monday.toString()).queryParam("serviceId", longTreatment)
                        .when().get(path() + "/providers").then().extract().path("providers.reason")));
    }

    @Test
    void aSuspendedOrganizationOffersNothingAndSaysWhy() {
        UUID ana = publish.provider("Ana");
        UUID massage = publish.service(30, 1, ProviderSelection.CLIENT_CHOOSES, List.of(ana));
        publish.schedule(ana, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
        await(massage, answer -> answer.getList("days[0].slots").size() == 6);

        publish.organization(true, OrganizationStatus.SUSPENDED);

        Awaitility.await().atMost(DEADLINE).until(() -> query(massage).when().get(path()).then().extract().statusCode() != 200);
        query(massage).when().get(path()).then().statusCode(409).contentType(PROBLEM_JSON)
                .body("organizationStatus", equalTo("SUSPENDED"));
        post(path() + "/check", Map.of("serviceId", massage, "start", monday + "T09:00:00" + offset(9)))
                .statusCode(409).body("organizationStatus", equalTo("SUSPENDED"));
    }

    @Test
    void aSingleProviderOrganizationBooksItsFirstProviderOnly() {
        publish.organization(false);
        UUID owner = publish.provider("Owner");
        UUID locum = publish.provider("Locum");
        UUID checkUp = publish.service(60, 1, ProviderSelection.CLIENT_CHOOSES, List.of(owner, locum));
        publish.schedule(owner, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0));
        publish.schedule(locum, DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(15, 0));

        JsonPath day = await(checkUp, answer -> answer.getList("days[0].slots").size() == 1);

        assertEquals(monday + "T09:00:00" + offset(9), day.getString("days[0].slots[0].start"));
        assertNull(day.get("days[0].slots[0].providers"), "no provider choice");
        post(path() + "/check", Map.of("serviceId", checkUp, "start", monday + "T14:00:00" + offset(14)))
                .statusCode(200).body("bookable", equalTo(false)).body("providers.providerId", contains(owner.toString()));
        query(checkUp).queryParam("providerId", locum).when().get(path()).then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void eachProviderIsOfferedWithTheirOwnDurationAndPrice() {
        UUID ana = publish.provider("Ana");
        UUID ben = publish.provider("Ben");
        UUID massage = UUID.randomUUID();
        ServiceSnapshot.Money standard = new ServiceSnapshot.Money(new BigDecimal("60.00"), "EUR");
        ServiceSnapshot.Money senior = new ServiceSnapshot.Money(new BigDecimal("90.00"), "EUR");
        publish.service(new ServiceSnapshot(massage, publish.organization, "Massage", 60, 0, 0, 30, 1, 0, 365,
                ProviderSelection.CLIENT_CHOOSES, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, standard, true,
                List.of(new ServiceSnapshot.Offering(ana, 1, null, null), new ServiceSnapshot.Offering(ben, 2, 90, senior)),
                0));
        publish.schedule(ana, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0));
        publish.schedule(ben, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0));

        List<String> both = List.of(ana.toString(), ben.toString());
        JsonPath day = await(massage, answer -> both.equals(answer.getList("days[0].slots[1].providers.id")));

        assertEquals(3, day.getList("days[0].slots").size());
        assertEquals(both, day.getList("days[0].slots[0].providers.id"));
        assertEquals(List.of(monday + "T10:00:00" + offset(10), monday + "T10:30:00" + offset(10)),
                day.getList("days[0].slots[0].providers.end"));
        assertEquals(List.of(60.0f, 90.0f), day.getList("days[0].slots[0].providers.price.amount"));
        assertEquals(List.of(ana.toString()), day.getList("days[0].slots[2].providers.id"),
                "10:00 with Ben would end at 11:30, after his hours");
        query(massage).queryParam("form", "compact").when().get(path()).then().statusCode(200)
                .body("providers.id", contains(ana.toString(), ben.toString()))
                .body("providers.durationMinutes", contains(60, 90))
                .body("providers.price.amount", contains(60.0f, 90.0f))
                .body("days[0].slots[0].providers", contains(0, 1))
                .body("days[0].slots[2].providers", contains(0));
        post(path() + "/check", Map.of("serviceId", massage, "start", monday + "T09:30:00" + offset(9), "providerId", ben))
                .statusCode(200).body("bookable", equalTo(true))
                .body("providers[0].durationMinutes", equalTo(90))
                .body("providers[0].price.amount", equalTo(90.0f));
    }

    @Test
    void aClientIsNotOfferedProvidersWhosePanelRefusesNewClients() {
        UUID closed = publish.provider("Closed panel");
        UUID limited = publish.provider("Limited panel");
        UUID open = publish.provider("Open panel");
        UUID therapy = publish.service(60, 1, ProviderSelection.CLIENT_CHOOSES, List.of(closed, limited, open));
        for (UUID provider : List.of(closed, limited, open)) {
            publish.schedule(provider, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0));
        }
        publish.caseload(closed, PanelStatus.CLOSED, null, 12);
        publish.caseload(limited, PanelStatus.LIMITED, null, 12);
        UUID existing = UUID.randomUUID();
        Instant lastYear = monday.minusYears(1).atTime(9, 0).atZone(NEW_YORK).toInstant();
        publish.booking(closed, existing, therapy, lastYear, lastYear.plus(Duration.ofHours(1)), List.of(), 1);
        UUID newcomer = UUID.randomUUID();

        List<String> allThree = List.of(closed.toString(), limited.toString(), open.toString());
        await(therapy, answer -> allThree.equals(answer.getList("days[0].slots[0].providers.id")));
        awaitCandidates(therapy, asClient(existing), List.of(closed.toString(), open.toString()));

        assertEquals(List.of(open.toString()), candidates(therapy, asClient(newcomer)));
        assertEquals(List.of(open.toString()), candidates(therapy, given().noFilters()), "anonymous: a new client");
        assertEquals(allThree, candidates(therapy, given()), "staff see every provider");
        asClient(newcomer).queryParam("serviceId", therapy).queryParam("from", monday.toString())
                .queryParam("to", monday.toString()).queryParam("providerId", closed)
                .when().get(path()).then().statusCode(409).contentType(PROBLEM_JSON)
                .body("conflicts", contains("NOT_TAKING_NEW_CLIENTS"));
    }

    private RequestSpecification asClient(UUID client) {
        return given().noFilters().header("Authorization", "Bearer "
                + LocalStackTestResource.shared().tokens().client(publish.organization, client));
    }

    private List<String> candidates(UUID service, RequestSpecification caller) {
        return caller.queryParam("serviceId", service).queryParam("from", monday.toString())
                .queryParam("to", monday.toString()).when().get(path()).then().statusCode(200)
                .extract().jsonPath().getList("days[0].slots[0].providers.id");
    }

    private void awaitCandidates(UUID service, RequestSpecification caller, List<String> expected) {
        Awaitility.await().atMost(DEADLINE).untilAsserted(() -> assertEquals(expected, candidates(service, caller)));
    }

    private RequestSpecification query(UUID service) {
        return given().queryParam("serviceId", service).queryParam("from", monday.toString())
                .queryParam("to", monday.toString());
    }

    /** The first answer for the service's Monday that has slots and is as {@code seen} expects. */
    private JsonPath await(UUID service, Predicate<JsonPath> seen) {
        return Awaitility.await("availability of " + service).atMost(DEADLINE).until(
                () -> query(service).when().get(path()).then().extract(),
                response -> response.statusCode() == 200 && response.jsonPath().getList("days[0].slots") != null
                        && seen.test(response.jsonPath())).jsonPath();
    }

    private String path() {
        return "/v1/organizations/" + publish.organization + "/availability";
    }

    private String offset(int hour) {
        return monday.atTime(hour, 0).atZone(NEW_YORK).getOffset().getId();
    }
}
