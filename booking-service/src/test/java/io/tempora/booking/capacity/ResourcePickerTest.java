package io.tempora.booking.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ResourcePickerTest {

    private static final UUID ROOMS = UUID.randomUUID();
    private static final UUID TABLES = UUID.randomUUID();
    private final UUID roomA = UUID.randomUUID();
    private final UUID roomB = UUID.randomUUID();
    private final UUID table = UUID.randomUUID();

    @Test
    void takesTheFirstFreeResourcesByNameOfEachRequiredType() {
        ResourcePicker.Pick pick = ResourcePicker.pick(List.of(
                need(ROOMS, 1, List.of(roomA, roomB), List.of()),
                need(TABLES, 1, List.of(table), List.of())), Map.of(roomA, 1));
        assertTrue(pick.complete());
        assertEquals(List.of(roomB, table), pick.resourceIds());
    }

    @Test
    void keepsChosenResourcesWhenFreeAndRefusesWhenTaken() {
        assertEquals(List.of(roomB), ResourcePicker.pick(List.of(need(ROOMS, 1, List.of(roomA, roomB), List.of(roomB))),
                Map.of()).resourceIds());
        ResourcePicker.Pick taken = ResourcePicker.pick(List.of(need(ROOMS, 1, List.of(roomA, roomB), List.of(roomB))),
                Map.of(roomB, 1));
        assertEquals(List.of(ROOMS), taken.shortTypes(), "a taken choice is not silently swapped for another");
    }

    @Test
    void aResourceForTwoParallelSessionsIsFreeUntilTwoHoldIt() {
        List<ResourcePicker.Need> needs = List.of(new ResourcePicker.Need(ROOMS, 1,
                List.of(new ResourcePicker.Option(roomA, 2)), List.of()));
        assertTrue(ResourcePicker.pick(needs, Map.of(roomA, 1)).complete());
        assertEquals(List.of(ROOMS), ResourcePicker.pick(needs, Map.of(roomA, 2)).shortTypes());
    }

    /** Allocating one booking after the other never holds a resource beyond its capacity or picks one twice, and refuses only when too few are free. */
    @Property(tries = 300)
    void allocationsNeverExceedCapacity(@ForAll @IntRange(min = 1, max = 6) int resources,
                                        @ForAll @IntRange(min = 1, max = 3) int capacity,
                                        @ForAll @IntRange(min = 1, max = 3) int quantity,
                                        @ForAll @IntRange(min = 1, max = 30) int bookings) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < resources; i++) {
            ids.add(UUID.randomUUID());
        }
        List<ResourcePicker.Need> needs = List.of(new ResourcePicker.Need(ROOMS, quantity,
                ids.stream().map(id -> new ResourcePicker.Option(id, capacity)).toList(), List.of()));
        Map<UUID, Integer> holding = new HashMap<>();
        for (int i = 0; i < bookings; i++) {
            ResourcePicker.Pick pick = ResourcePicker.pick(needs, holding);
            long free = ids.stream().filter(id -> holding.getOrDefault(id, 0) < capacity).count();
            if (pick.complete()) {
                assertEquals(quantity, pick.resourceIds().stream().distinct().count());
                pick.resourceIds().forEach(id -> holding.merge(id, 1, Integer::sum));
            } else {
                assertTrue(free < quantity, "refused with " + free + " free for " + quantity + " needed");
            }
        }
        holding.values().forEach(count -> assertTrue(count <= capacity));
    }

    private static ResourcePicker.Need need(UUID type, int quantity, List<UUID> options, List<UUID> chosen) {
        return new ResourcePicker.Need(type, quantity, options.stream().map(id -> new ResourcePicker.Option(id, 1)).toList(),
                chosen);
    }
}
