package io.tempora.booking.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.StreamSupport;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.tempora.booking.Clinic;
import io.tempora.localstack.LocalStackTestResource;
import io.tempora.localstack.NeighbourServiceTestResource;
import io.tempora.localstack.ServiceDatabase;

/**
 * The example solo practice (docs/examples), imported through the real provider-service, becomes
 * bookings here and shapes availability in the real availability-service exactly as the source
 * data says: business hours minus the confirmed appointments, nothing on the holiday.
 */
@QuarkusTest
class ImportedPracticeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate EXAMPLE_FIRST_MONDAY = LocalDate.of(2027, 1, 4);
    private static final LocalTime OPENS = LocalTime.of(9, 0);
    private static final LocalTime CLOSES = LocalTime.of(17, 0);
    private static final Duration FOLLOW_UP_LENGTH = Duration.ofMinutes(30);

    @Inject
    AgroalDataSource database;

    private final UUID organization = UUID.randomUUID();

    @Test
    void theImportedPracticeIsBookedAsTheFileSaysAvailableAroundItsAppointmentsAndOffersAChoiceOnlyAfterOptingIn() throws Exception {
        ObjectNode practice = exampleFromNextMonday();
        lengthenOneAppointmentBeyondItsService(practice);
        String providerService = NeighbourServiceTestResource.running("provider-service", ServiceDatabase.PROVIDER).url();
        String owner = LocalStackTestResource.shared().tokens().owner(organization);
        JsonNode report = JSON.readTree(asOwner(providerService, owner).body(practice.toString()).post("/v1/imports/solo-practice")
                .then().statusCode(200).body("appointments.created", equalTo(200)).body("unplaced", empty())
                .extract().asString());

        List<JsonNode> appointments = StreamSupport.stream(practice.get("appointments").spliterator(), false).toList();
        long confirmed = appointments.stream().filter(appointment -> appointment.get("status").asText().equals("CONFIRMED")).count();
        awaitBookings(200);
        assertEquals(confirmed, count("SELECT count(*) FROM booking WHERE organization_id = ? AND status = 'CONFIRMED'",
                organization), "confirmed bookings");
        assertEquals(200 - confirmed, count("SELECT count(*) FROM booking WHERE organization_id = ? AND status = 'CANCELLED'",
                organization), "cancelled bookings");
        assertEquals(0, count("SELECT count(*) FROM booking WHERE organization_id = ? AND provider_id <> ?",
                organization, UUID.fromString(report.path("providerId").asText())), "all with the practitioner");

        UUID followUp = serviceNamed(providerService, owner, "Follow-up check");
        LocalDate first = LocalDate.parse(practice.get("appointments").get(0).get("start").asText().substring(0, 10));
        LocalDate holiday = LocalDate.parse(practice.get("holidays").get(0).get("date").asText());
        Set<Instant> expected = expectedFollowUpSlots(first, holiday, appointments);
        Set<Instant> offered = awaitOffered(followUp, first, expected);
        assertEquals(expected, offered, "availability is business hours minus the confirmed appointments");

        optInWithASecondProvider(providerService, owner, followUp, first);
        awaitProviderChoice(followUp, first);
    }

    /** The practice hires Jonas and turns multi-provider on: clients now choose with whom. */
    private void optInWithASecondProvider(String providerService, String owner, UUID followUp, LocalDate first) {
        String base = "/v1/organizations/" + organization;
        JsonNode current = asJson(asOwner(providerService, owner)
                .get(base).then().statusCode(200).extract().asString());
        ObjectNode optIn = JSON.createObjectNode();
        for (String field : List.of("name", "slug", "timeZone", "businessHours", "version")) {
            optIn.set(field, current.get(field));
        }
        optIn.put("multiProviderEnabled", true);
        asOwner(providerService, owner)
                .body(optIn.toString()).put(base).then().statusCode(200);
        String jonas = asOwner(providerService, owner)
                .body("{\"type\": \"INDIVIDUAL\", \"name\": \"Jonas\"}").post(base + "/providers")
                .then().statusCode(201).extract().path("id");
        ObjectNode schedule = JSON.createObjectNode().put("effectiveFrom", first.toString());
        var blocks = schedule.putArray("blocks");
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            blocks.addObject().put("dayOfWeek", day).put("start", "09:00").put("end", "17:00").put("type", "AVAILABLE");
        }
        asOwner(providerService, owner)
                .body(schedule.toString()).post(base + "/providers/" + jonas + "/schedules").then().statusCode(201);
        asOwner(providerService, owner)
                .body("{\"providerId\": \"" + jonas + "\"}").post(base + "/services/" + followUp + "/providers")
                .then().statusCode(201);
    }

    private void awaitProviderChoice(UUID service, LocalDate first) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        int mostProviders = 0;
        while (mostProviders < 2 && Instant.now().isBefore(deadline)) {
            for (JsonNode day : availabilityWeek(service, first).path("days")) {
                for (JsonNode slot : day.path("slots")) {
                    mostProviders = Math.max(mostProviders, slot.path("providers").size());
                }
            }
            Thread.sleep(200);
        }
        assertEquals(2, mostProviders, "after opting in, free slots name both providers to choose from");
    }

    /** A week of the service's slots, as anyone sees them without a token. */
    private JsonNode availabilityWeek(UUID service, LocalDate from) {
        return asJson(given().baseUri(NeighbourServiceTestResource.running("availability-service", null).url()).noFilters()
                .queryParam("serviceId", service).queryParam("from", from.toString())
                .queryParam("to", from.plusDays(6).toString())
                .get("/v1/organizations/" + organization + "/availability").then().extract().asString());
    }

    private static RequestSpecification asOwner(String providerService, String owner) {
        return given().baseUri(providerService).header("Authorization", "Bearer " + owner).contentType("application/json");
    }

    private static JsonNode asJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every 30 minutes from opening, on working days but the holiday, where no confirmed appointment is. */
    private static Set<Instant> expectedFollowUpSlots(LocalDate first, LocalDate holiday, List<JsonNode> appointments) {
        List<Instant[]> busy = appointments.stream().filter(appointment -> appointment.get("status").asText().equals("CONFIRMED"))
                .map(appointment -> new Instant[] {OffsetDateTime.parse(appointment.get("start").asText()).toInstant(),
                        OffsetDateTime.parse(appointment.get("end").asText()).toInstant()}).toList();
        Set<Instant> slots = new TreeSet<>();
        for (LocalDate day = first; day.isBefore(first.plusWeeks(8)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue() || day.equals(holiday)) {
                continue;
            }
            for (LocalTime at = OPENS; !at.plus(FOLLOW_UP_LENGTH).isAfter(CLOSES); at = at.plus(FOLLOW_UP_LENGTH)) {
                Instant start = day.atTime(at).atZone(BERLIN).toInstant();
                Instant end = start.plus(FOLLOW_UP_LENGTH);
                if (busy.stream().noneMatch(taken -> taken[0].isBefore(end) && start.isBefore(taken[1]))) {
                    slots.add(start);
                }
            }
        }
        return slots;
    }

    /** Availability-service learns of the practice and its bookings from Kafka: asks until it agrees or time is up. */
    private Set<Instant> awaitOffered(UUID service, LocalDate first, Set<Instant> expected) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        Set<Instant> offered = offered(service, first);
        while (!offered.equals(expected) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            offered = offered(service, first);
        }
        return offered;
    }

    private Set<Instant> offered(UUID service, LocalDate first) {
        Set<Instant> offered = new TreeSet<>();
        for (int week = 0; week < 8; week++) {
            for (JsonNode day : availabilityWeek(service, first.plusWeeks(week)).path("days")) {
                for (JsonNode slot : day.path("slots")) {
                    offered.add(OffsetDateTime.parse(slot.get("start").asText()).toInstant());
                    assertEquals(0, slot.path("providers").size(), "a single-provider practice offers no provider choice");
                }
            }
        }
        return offered;
    }

    private UUID serviceNamed(String providerService, String owner, String name) {
        List<String> ids = asOwner(providerService, owner)
                .get("/v1/organizations/" + organization + "/services").then().statusCode(200)
                .extract().path("items.findAll { it.name == '" + name + "' }.id");
        assertEquals(1, ids.size(), name);
        return UUID.fromString(ids.get(0));
    }

    private void awaitBookings(long expected) throws InterruptedException {
        String sql = "SELECT count(*) FROM booking WHERE organization_id = ?";
        Instant deadline = Instant.now().plusSeconds(60);
        while (count(sql, organization) < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals(expected, count(sql, organization), "bookings made from the import");
    }

    private long count(String sql, Object... parameters) {
        return Clinic.count(database, sql, parameters);
    }

    /** Source data need not match the service's length: one appointment runs half an hour longer. */
    private static void lengthenOneAppointmentBeyondItsService(ObjectNode practice) {
        List<JsonNode> appointments = StreamSupport.stream(practice.get("appointments").spliterator(), false).toList();
        for (int i = 0; i < appointments.size(); i++) {
            ObjectNode appointment = (ObjectNode) appointments.get(i);
            OffsetDateTime end = OffsetDateTime.parse(appointment.get("end").asText());
            OffsetDateTime longer = end.plusMinutes(30);
            boolean fits = appointment.get("status").asText().equals("CONFIRMED")
                    && !longer.toLocalTime().isAfter(CLOSES)
                    && (i + 1 == appointments.size()
                    || !OffsetDateTime.parse(appointments.get(i + 1).get("start").asText()).isBefore(longer)
                    || !OffsetDateTime.parse(appointments.get(i + 1).get("start").asText()).toLocalDate().equals(end.toLocalDate()));
            if (fits) {
                appointment.put("end", longer.toString());
                return;
            }
        }
        throw new AssertionError("no appointment of the example has half an hour free after it");
    }

    /** The example with its eight weeks moved to start next Monday, so that all of it is bookable time. */
    private ObjectNode exampleFromNextMonday() throws IOException {
        String text = Files.readString(Path.of("..", "docs", "examples", "solo-practice.json"));
        LocalDate nextMonday = LocalDate.now(BERLIN).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        long shift = ChronoUnit.DAYS.between(EXAMPLE_FIRST_MONDAY, nextMonday);
        ObjectNode practice = (ObjectNode) JSON.readTree(text);
        ((ObjectNode) practice.get("practice")).put("slug", "weber-" + organization.toString().substring(0, 8));
        for (JsonNode holiday : practice.get("holidays")) {
            ((ObjectNode) holiday).put("date", LocalDate.parse(holiday.get("date").asText()).plusDays(shift).toString());
        }
        for (JsonNode appointment : practice.get("appointments")) {
            for (String field : List.of("start", "end")) {
                // local times stay: the practice's day moves, whatever the offset is then
                OffsetDateTime source = OffsetDateTime.parse(appointment.get(field).asText());
                OffsetDateTime moved = source.toLocalDateTime().plusDays(shift).atZone(BERLIN).toOffsetDateTime();
                ((ObjectNode) appointment).put(field, moved.toString());
            }
        }
        return practice;
    }
}
