package io.tempora.booking.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SeatRulesTest {

    private static final UUID YOGA = UUID.randomUUID();
    private static final UUID MASSAGE = UUID.randomUUID();
    private static final Instant TEN = Instant.parse("2027-01-04T15:00:00Z");
    private static final List<UUID> ROOM = List.of(UUID.randomUUID());

    @Test
    void aFreeProviderStartsANewSessionWithoutResourcesYet() {
        SeatRules.Verdict verdict = SeatRules.decide(MASSAGE, TEN, 1, 1, List.of());
        SeatRules.Free free = assertInstanceOf(SeatRules.Free.class, verdict);
        assertEquals(0, free.seatsLeftAfter());
        assertNull(free.sessionResources());
    }

    @Test
    void anOverlappingAppointmentOfAnotherServiceOrStartKeepsTheProviderBusy() {
        assertInstanceOf(SeatRules.Busy.class, SeatRules.decide(YOGA, TEN, 1, 12,
                List.of(new SeatRules.Occupant(MASSAGE, TEN, 1, List.of()))));
        assertInstanceOf(SeatRules.Busy.class, SeatRules.decide(YOGA, TEN, 1, 12,
                List.of(new SeatRules.Occupant(YOGA, TEN.minusSeconds(1800), 1, List.of()))));
    }

    @Test
    void joiningAGroupSessionKeepsItsResourcesAndCountsItsSeats() {
        SeatRules.Verdict verdict = SeatRules.decide(YOGA, TEN, 3, 12,
                List.of(new SeatRules.Occupant(YOGA, TEN, 4, ROOM), new SeatRules.Occupant(YOGA, TEN, 2, ROOM)));
        SeatRules.Free free = assertInstanceOf(SeatRules.Free.class, verdict);
        assertEquals(3, free.seatsLeftAfter());
        assertEquals(ROOM, free.sessionResources());
    }

    @Test
    void aSessionWithTooFewSeatsLeftIsFull() {
        SeatRules.Full full = assertInstanceOf(SeatRules.Full.class, SeatRules.decide(YOGA, TEN, 3, 12,
                List.of(new SeatRules.Occupant(YOGA, TEN, 10, ROOM))));
        assertEquals(2, full.seatsLeft());
    }

    /** Deciding requests one after the other never puts more than capacity in a session, and refuses only what does not fit. */
    @Property(tries = 500)
    void sessionsNeverHoldMoreThanTheirCapacity(@ForAll @IntRange(min = 1, max = 20) int capacity,
                                               @ForAll @Size(max = 60) List<@IntRange(min = 1, max = 5) Integer> asks) {
        List<SeatRules.Occupant> granted = new ArrayList<>();
        int taken = 0;
        for (int seats : asks) {
            if (SeatRules.decide(YOGA, TEN, seats, capacity, granted) instanceof SeatRules.Free) {
                granted.add(new SeatRules.Occupant(YOGA, TEN, seats, ROOM));
                taken += seats;
            } else {
                assertTrue(taken + seats > capacity, seats + " seats refused with " + (capacity - taken) + " left");
            }
        }
        assertTrue(taken <= capacity, taken + " seats of " + capacity);
    }
}
