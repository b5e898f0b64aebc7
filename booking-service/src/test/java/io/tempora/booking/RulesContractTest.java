package io.tempora.booking;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;
import io.tempora.contracts.rules.ProviderSelection;
import io.tempora.localstack.Publisher;

/**
 * Availability and booking are one rule set, tried on random calendars against the real
 * availability-service: every start availability offers can be booked without override, with
 * exactly the resources its check suggests; a start it does not offer is refused with the
 * conflicts its check names. Seeded: a failure prints the seed and the round.
 */
@QuarkusTest
class RulesContractTest extends ClinicTest {

    private static final long SEED = Long.getLong("tempora.contract.seed", 20261202L);
    private static final int ROUNDS = 5;
    private static final int STEPS_PER_ROUND = 10;
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void whatAvailabilityOffersCanBeBookedAndWhatItRefusesIsRefusedForTheSameReasons() {
        int booked = 0;
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Random random = new Random(SEED + round);
            try (Clinic practice = new Clinic(catalog, database)) {
                Calendar calendar = Calendar.random(random, practice);
                calendar.awaitKnownEverywhere();
                for (int step = 0; step < STEPS_PER_ROUND; step++) {
                    String where = "seed " + (SEED + round) + ", step " + step + ", " + calendar;
                    List<Map<String, Object>> slots = calendar.offered();
                    if (!slots.isEmpty() && random.nextInt(3) > 0) {
                        calendar.bookOffered(slots.get(random.nextInt(slots.size())), random, where);
                        booked++;
                    } else if (calendar.refuseUnoffered(slots, random, where)) {
                        refused++;
                    }
                }
            }
        }
        System.out.printf("rules contract: %d rounds, %d offered starts booked, %d unoffered starts refused%n",
                ROUNDS, booked, refused);
        assertTrue(booked > ROUNDS && refused > ROUNDS, "the rounds tried both sides of the contract");
    }

    /** One random practice: providers with hours on one day, a service, maybe resources it requires. */
    private record Calendar(Clinic practice, LocalDate day, List<UUID> providers, ServiceSnapshot service,
                            int resourceCount, int quantity, String description) {

        static Calendar random(Random random, Clinic practice) {
            Publisher publish = practice.publisher();
            LocalDate day = LocalDate.now(Clinic.ZONE).plusDays(7 + random.nextInt(7));
            List<UUID> providers = new ArrayList<>();
            StringBuilder description = new StringBuilder();
            for (int p = 0; p < 1 + random.nextInt(3); p++) {
                UUID provider = publish.provider("Provider " + p);
                LocalTime start = LocalTime.of(8 + random.nextInt(4), random.nextBoolean() ? 0 : 30);
                LocalTime end = start.plusHours(2 + random.nextInt(5));
                publish.schedule(provider, day.getDayOfWeek(), start, end);
                providers.add(provider);
                description.append("provider ").append(start).append('-').append(end).append("; ");
            }
            int duration = List.of(30, 45, 60).get(random.nextInt(3));
            int before = random.nextBoolean() ? 0 : 10;
            int after = List.of(0, 5, 15).get(random.nextInt(3));
            int step = random.nextBoolean() ? 15 : 30;
            int capacity = List.of(1, 1, 2, 3).get(random.nextInt(4));
            AssignmentStrategy strategy = AssignmentStrategy.values()[random.nextInt(AssignmentStrategy.values().length)];
            List<ServiceSnapshot.Offering> offerings = new ArrayList<>();
            for (int p = 0; p < providers.size(); p++) {
                offerings.add(new ServiceSnapshot.Offering(providers.get(p), p + 1, null, null));
            }
            ServiceSnapshot service = new ServiceSnapshot(UUID.randomUUID(), practice.organization, "Random", duration,
                    before, after, step, capacity, 0, 365, ProviderSelection.CLIENT_CHOOSES, strategy, null, true,
                    offerings, 0);
            int resourceCount = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(3);
            int quantity = resourceCount == 0 ? 0 : 1 + random.nextInt(Math.min(2, resourceCount));
            if (resourceCount > 0) {
                UUID rooms = UUID.randomUUID();
                for (int r = 0; r < resourceCount; r++) {
                    publish.resource(rooms, "Room " + (r + 1), 1 + random.nextInt(2));
                }
                publish.requires(service.id(), rooms, quantity);
            }
            publish.service(service);
            description.append(duration).append(" min, buffers ").append(before).append('/').append(after)
                    .append(", step ").append(step).append(", ").append(capacity).append(" seats, ").append(strategy)
                    .append(", ").append(resourceCount).append(" rooms, ").append(quantity).append(" each");
            return new Calendar(practice, day, providers, service, resourceCount, quantity, description.toString());
        }

        /** Until both services know the whole practice: every provider's hours, every room, the requirement. */
        void awaitKnownEverywhere() {
            await().atMost(DEADLINE).until(() -> practice.catalog().service(practice.organization, service.id()).isPresent()
                    && providers.stream().allMatch(p -> practice.catalog().provider(practice.organization, p).isPresent())
                    && practice.catalog().requirements(practice.organization, service.id()).size() == (quantity == 0 ? 0 : 1)
                    && resourceCount == practice.catalog().requirements(practice.organization, service.id()).stream()
                    .mapToInt(type -> practice.catalog().allocatable(practice.organization, type.resourceTypeId()).size())
                    .sum());
            await().atMost(DEADLINE).until(() -> {
                List<Map<String, Object>> slots = offered();
                Set<Object> offering = new HashSet<>();
                slots.forEach(slot -> offering.addAll(providerIds(slot)));
                if (offering.size() < providers.size()) {
                    return false;
                }
                JsonPath check = check(slots.get(0).get("start").toString(), null, 1).jsonPath();
                return resourceCount == 0 || check.getList("resources[0].freeResourceIds").size() == resourceCount;
            });
        }

        List<Map<String, Object>> offered() {
            return given().baseUri(AvailabilityUrl.get()).queryParam("serviceId", service.id())
                    .queryParam("from", day.toString()).queryParam("to", day.toString())
                    .get(availability()).then().statusCode(200).extract().jsonPath().getList("days[0].slots");
        }

        /** Books an offered start (any provider or a named candidate): it must be taken, with the suggested resources. */
        void bookOffered(Map<String, Object> slot, Random random, String where) {
            String start = slot.get("start").toString();
            List<Object> candidates = providerIds(slot);
            UUID named = random.nextBoolean() ? UUID.fromString(candidates.get(random.nextInt(candidates.size())).toString())
                    : null;
            int seatsLeft = named == null ? mostSeatsOfOne(slot) : seatsOf(slot, named);
            int seats = 1 + random.nextInt(Math.min(seatsLeft, 2));
            JsonPath check = check(start, named, seats).jsonPath();
            assertEquals(true, check.getBoolean("bookable"), where + ": the check refuses an offered start " + start
                    + " with " + check.getList("conflicts"));
            Map<String, Object> request = practice.request(service, OffsetDateTime.parse(start));
            request.put("seats", seats);
            if (named != null) {
                request.put("providerId", named);
            }
            ExtractableResponse<Response> booking = given().contentType(ContentType.JSON).body(request)
                    .post(practice.bookings()).then().extract();
            assertEquals(201, booking.statusCode(), where + ": an offered start " + start + " was refused: "
                    + booking.asString());
            String provider = booking.path("provider.id");
            assertTrue(check.getList("candidates").contains(provider), where + ": booked with " + provider
                    + ", not a candidate");
            if (provider.equals(check.getList("candidates").get(0))) {
                List<Object> suggested = new ArrayList<>();
                check.getList("resources.suggestedResourceIds", List.class).forEach(suggested::addAll);
                assertEquals(suggested, booking.path("resourceIds"), where + ": booking allocated other resources than"
                        + " the check suggested at " + start);
            }
            int before = seatsOf(check, provider);
            await().atMost(DEADLINE).until(() -> seatsOf(check(start, UUID.fromString(provider), 1).jsonPath(), provider)
                    == before - seats);
        }

        /**
         * Asks for a start on the five-minute grid that availability does not offer: the booking is
         * refused (409) with the conflicts the check names. False when every start tried is offered.
         */
        boolean refuseUnoffered(List<Map<String, Object>> slots, Random random, String where) {
            Set<String> offeredStarts = new HashSet<>();
            slots.forEach(slot -> offeredStarts.add(slot.get("start").toString()));
            for (int attempt = 0; attempt < 20; attempt++) {
                OffsetDateTime start = day.atTime(7, 0).plusMinutes(5L * random.nextInt(12 * 13))
                        .atZone(Clinic.ZONE).toOffsetDateTime();
                if (offeredStarts.contains(start.toString())) {
                    continue;
                }
                UUID named = random.nextBoolean() ? providers.get(random.nextInt(providers.size())) : null;
                JsonPath check = check(start.toString(), named, 1).jsonPath();
                assertEquals(false, check.getBoolean("bookable"), where + ": the check passes " + start + " with "
                        + (named == null ? "any provider" : named) + ", which availability does not offer");
                List<String> conflicts = named == null ? check.getList("conflicts")
                        : check.getList("providers.find { it.providerId == '" + named + "' }.conflicts");
                Map<String, Object> request = practice.request(service, start);
                if (named != null) {
                    request.put("providerId", named);
                }
                ExtractableResponse<Response> refusal = given().contentType(ContentType.JSON).body(request)
                        .post(practice.bookings()).then().extract();
                assertEquals(409, refusal.statusCode(), where + ": an unoffered start " + start + " was answered "
                        + refusal.asString());
                assertEquals(conflicts, refusal.path("conflicts"), where + ": refused at " + start + " for other reasons"
                        + " than the check's");
                return true;
            }
            return false;
        }

        private ExtractableResponse<Response> check(String start, UUID provider, int seats) {
            Map<String, Object> body = new HashMap<>(Map.of("serviceId", service.id(), "start", start, "seats", seats));
            if (provider != null) {
                body.put("providerId", provider);
            }
            return given().baseUri(AvailabilityUrl.get()).contentType(ContentType.JSON).body(body)
                    .post(availability() + "/check").then().statusCode(200).extract();
        }

        private String availability() {
            return "/v1/organizations/" + practice.organization + "/availability";
        }

        @SuppressWarnings("unchecked")
        private static List<Object> providerIds(Map<String, Object> slot) {
            return ((List<Map<String, Object>>) slot.get("providers")).stream().map(candidate -> candidate.get("id")).toList();
        }

        @SuppressWarnings("unchecked")
        private static int seatsOf(Map<String, Object> slot, UUID provider) {
            return ((List<Map<String, Object>>) slot.get("providers")).stream()
                    .filter(candidate -> candidate.get("id").equals(provider.toString()))
                    .mapToInt(candidate -> (Integer) candidate.get("remainingSeats")).findFirst().orElseThrow();
        }

        @SuppressWarnings("unchecked")
        private static int mostSeatsOfOne(Map<String, Object> slot) {
            return ((List<Map<String, Object>>) slot.get("providers")).stream()
                    .mapToInt(candidate -> (Integer) candidate.get("remainingSeats")).max().orElseThrow();
        }

        private static int seatsOf(JsonPath check, String provider) {
            return check.getInt("providers.find { it.providerId == '" + provider + "' }.remainingSeats");
        }

        @Override
        public String toString() {
            return description;
        }
    }
}
