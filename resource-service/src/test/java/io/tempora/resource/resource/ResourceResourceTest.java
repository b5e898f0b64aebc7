package io.tempora.resource.resource;

import static io.restassured.RestAssured.given;
import static io.tempora.resource.ResourceApi.PROBLEM_JSON;
import static io.tempora.resource.ResourceApi.createResource;
import static io.tempora.resource.ResourceApi.createType;
import static io.tempora.resource.ResourceApi.liveNames;
import static io.tempora.resource.ResourceApi.post;
import static io.tempora.resource.ResourceApi.put;
import static io.tempora.resource.ResourceApi.resources;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.booking.OccupancySnapshot;
import io.tempora.localstack.TopicWriter;
import io.tempora.resource.allocation.AllocationView;

@QuarkusTest
class ResourceResourceTest {

    private final UUID organization = UUID.randomUUID();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AllocationView allocations;

    @Test
    void resourcesWithoutANameAreNumberedAfterTheirType() {
        UUID room = createType(organization, "Treatment Room");

        createResource(organization, room, null);
        createResource(organization, room, null);
        createResource(organization, room, "Blue Room");

        assertEquals(List.of("Blue Room", "Treatment Room 1", "Treatment Room 2"), liveNames(organization, room));
    }

    @Test
    void aNumberIsNeverGivenTwiceEvenAfterADeletion() {
        UUID room = createType(organization, "Treatment Room");
        createResource(organization, room, null);
        UUID second = createResource(organization, room, null);

        given().when().delete(resources(organization) + "/" + second).then().statusCode(200);
        createResource(organization, room, null);

        assertEquals(List.of("Treatment Room 1", "Treatment Room 3"), liveNames(organization, room));
    }

    @Test
    void twentyConcurrentCreationsWithoutANameGetTwentyDistinctNames() throws Exception {
        UUID room = createType(organization, "Treatment Room");
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> creations = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                creations.add(() -> given().contentType("application/json").body(Map.of("resourceTypeId", room))
                        .when().post(resources(organization)).then().extract().statusCode());
            }
            for (Future<Integer> status : clients.invokeAll(creations)) {
                assertEquals(201, status.get());
            }
        } finally {
            clients.shutdownNow();
        }

        List<String> names = liveNames(organization, room);
        assertEquals(20, names.size());
        assertEquals(20, new HashSet<>(names).size(), "names given twice: " + names);
        for (int number = 1; number <= 20; number++) {
            assertEquals(true, names.contains("Treatment Room " + number), "missing number " + number);
        }
    }

    @Test
    void aNameIsUniqueWithinItsTypeIgnoringCaseButMayRepeatAcrossTypes() {
        UUID room = createType(organization, "Room");
        UUID laser = createType(organization, "Laser");
        createResource(organization, room, "Blue");

        post(resources(organization), Map.of("resourceTypeId", room, "name", "BLUE"))
                .statusCode(409).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("name"));
        createResource(organization, laser, "Blue");
    }

    @Test
    void aDeletedResourceLeavesTheListButStaysReadableById() {
        UUID room = createType(organization, "Room");
        UUID blue = createResource(organization, room, "Blue");

        given().when().delete(resources(organization) + "/" + blue).then().statusCode(200).body("deleted", equalTo(true));

        assertEquals(List.of(), liveNames(organization, room));
        given().when().get(resources(organization) + "/" + blue)
                .then().statusCode(200).body("deleted", equalTo(true)).body("name", equalTo("Blue"));
    }

    @Test
    void capacityDefaultsToOneAndCanBeChangedWithTheVersion() {
        UUID room = createType(organization, "Room");
        UUID blue = createResource(organization, room, "Blue");
        given().when().get(resources(organization) + "/" + blue).then().body("capacity", equalTo(1))
                .body("active", equalTo(true));

        put(resources(organization) + "/" + blue, Map.of("resourceTypeId", room, "capacity", 2, "active", false,
                "version", 0))
                .statusCode(200).body("capacity", equalTo(2)).body("active", equalTo(false)).body("name", equalTo("Blue"));
        put(resources(organization) + "/" + blue, Map.of("resourceTypeId", createType(organization, "Other"),
                "version", 1))
                .statusCode(400).body("errors[0].field", equalTo("resourceTypeId"));
    }

    @Test
    void aResourceHeldByAFutureBookingCannotBeDeletedAndTheBookingIsNamed() throws Exception {
        UUID room = createType(organization, "Room");
        UUID blue = createResource(organization, room, "Blue");
        UUID booking = UUID.randomUUID();
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        try (TopicWriter writer = new TopicWriter(bootstrapServers)) {
            writer.publish(Topics.BOOKING_OCCUPANCY, RecordKey.of(organization, booking), OccupancySnapshot.TYPE,
                    new OccupancySnapshot(booking, organization, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), List.of(blue),
                            tomorrow, tomorrow.plus(Duration.ofHours(1)), tomorrow, 1, OccupancySnapshot.Status.CONFIRMED, 0));
        }

        awaitAllocationSeen(blue);

        given().when().delete(resources(organization) + "/" + blue)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("bookingIds", equalTo(List.of(booking.toString())));
        given().when().get(resources(organization) + "/" + blue).then().body("deleted", equalTo(false));
    }

    private void awaitAllocationSeen(UUID resource) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (allocations.bookingsHoldingFrom(resource, Instant.now()).isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("booking.occupancy.v1 record not applied within 30 s");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingIsCreated() {
        UUID room = createType(organization, "Room");
        UUID otherOrganizationsType = createType(UUID.randomUUID(), "Room");

        post(resources(organization), Map.of("resourceTypeId", UUID.randomUUID()))
                .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("resourceTypeId"));
        post(resources(organization), Map.of("resourceTypeId", otherOrganizationsType))
                .statusCode(400).body("errors[0].field", equalTo("resourceTypeId"));
        post(resources(organization), Map.of("resourceTypeId", room, "name", " "))
                .statusCode(400).body("errors[0].field", equalTo("name"));
        post(resources(organization), Map.of("resourceTypeId", room, "name", "x".repeat(500)))
                .statusCode(400).body("errors[0].field", equalTo("name"));
        post(resources(organization), Map.of("resourceTypeId", room, "capacity", 0))
                .statusCode(400).body("errors[0].field", equalTo("capacity"));
        post(resources(organization), Map.of("name", "No type"))
                .statusCode(400).body("errors[0].field", equalTo("resourceTypeId"));
        given().when().get(resources(organization) + "?resourceTypeId=not-a-uuid")
                .then().statusCode(400).body("errors[0].field", equalTo("resourceTypeId"));

        given().when().get(resources(organization)).then().body("totalItems", equalTo(0));
    }
}
