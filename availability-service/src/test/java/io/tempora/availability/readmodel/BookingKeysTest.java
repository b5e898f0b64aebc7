package io.tempora.availability.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The packed key table behaves like a map under any mix of adds and removes. */
class BookingKeysTest {

    @Property(tries = 200)
    void behavesLikeAHashMap(@ForAll long seed) {
        Random random = new Random(seed);
        List<UUID> idsBySlot = new ArrayList<>();
        BookingKeys keys = new BookingKeys(new BookingKeys.SlotIds() {
            @Override
            public long high(int slot) {
                return idsBySlot.get(slot).getMostSignificantBits();
            }

            @Override
            public long low(int slot) {
                return idsBySlot.get(slot).getLeastSignificantBits();
            }
        });
        Map<UUID, Integer> expected = new HashMap<>();
        List<UUID> known = new ArrayList<>();
        for (int step = 0; step < 2_000; step++) {
            int action = random.nextInt(10);
            if (action < 5 || known.isEmpty()) {
                // few distinct high halves make many keys share a home position
                UUID key = new UUID(random.nextInt(4), random.nextLong());
                int slot = idsBySlot.size();
                idsBySlot.add(key);
                keys.add(slot);
                expected.put(key, slot);
                known.add(key);
            } else if (action < 8) {
                UUID key = known.get(random.nextInt(known.size()));
                Integer removed = expected.remove(key);
                assertEquals(removed == null ? -1 : removed, keys.remove(key));
            } else {
                UUID key = random.nextBoolean() ? known.get(random.nextInt(known.size())) : UUID.randomUUID();
                assertEquals(expected.getOrDefault(key, -1), keys.get(key));
            }
            assertEquals(expected.size(), keys.size());
        }
        Map<UUID, Integer> seen = new HashMap<>();
        keys.forEachSlot(slot -> seen.put(idsBySlot.get(slot), slot));
        assertEquals(expected, seen);
    }
}
