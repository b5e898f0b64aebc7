package io.tempora.booking.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;
import io.tempora.contracts.rules.ProviderSelection;

class ClaimTest {

    private static final UUID REGULAR = UUID.randomUUID();
    private static final UUID SLOWER = UUID.randomUUID();

    @Test
    void aClaimAcrossUtcMidnightTouchesBothDaysAndOneEndingAtMidnightOnlyOne() {
        assertEquals(List.of(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5)),
                claim(60, 0, 0, "2027-01-04T23:30:00Z").interval(REGULAR).days());
        assertEquals(List.of(LocalDate.of(2027, 1, 4)), claim(60, 0, 0, "2027-01-04T23:00:00Z").interval(REGULAR).days());
    }

    @Test
    void anAppointmentLongerThanItsServiceKeepsItsLengthAndItsCleanUpAfterIt() {
        Instant nine = Instant.parse("2027-01-04T09:00:00Z");
        Claim service = claim(45, 5, 10, "2027-01-04T09:00:00Z");

        Claim.Interval longer = service.lasting(Duration.ofMinutes(50)).interval(REGULAR);

        assertEquals(nine.plus(Duration.ofMinutes(50)), longer.end());
        assertEquals(nine.plus(Duration.ofMinutes(60)), longer.occupiedEnd(), "10 minutes of clean-up, as before");
        assertEquals(service.interval(REGULAR).occupiedStart(), longer.occupiedStart());
    }

    @Test
    void aProviderWithItsOwnDurationOccupiesItsOwnLength() {
        Claim claim = claim(45, 0, 15, "2027-01-04T09:00:00Z");

        assertEquals(Instant.parse("2027-01-04T09:45:00Z"), claim.interval(REGULAR).end());
        assertEquals(Instant.parse("2027-01-04T10:00:00Z"), claim.interval(SLOWER).end());
        assertEquals(Instant.parse("2027-01-04T10:15:00Z"), claim.interval(SLOWER).occupiedEnd());
    }

    private static Claim claim(int minutes, int before, int after, String start) {
        ServiceSnapshot service = new ServiceSnapshot(UUID.randomUUID(), UUID.randomUUID(), "Massage", minutes, before,
                after, 15, 1, 0, 90, ProviderSelection.CLIENT_CHOOSES, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, null,
                true, List.of(new ServiceSnapshot.Offering(REGULAR, 1, null, null),
                new ServiceSnapshot.Offering(SLOWER, 2, 60, null)), 0);
        return new Claim(service.organizationId(), UUID.randomUUID(), service, Instant.parse(start), null, 1, List.of(),
                List.of(), false);
    }
}
