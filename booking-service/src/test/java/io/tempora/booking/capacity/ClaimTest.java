package io.tempora.booking.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ClaimTest {

    @Test
    void aClaimAcrossUtcMidnightTouchesBothDaysAndOneEndingAtMidnightOnlyOne() {
        assertEquals(List.of(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5)),
                claim("2027-01-04T23:30:00Z", "2027-01-05T00:30:00Z").days());
        assertEquals(List.of(LocalDate.of(2027, 1, 4)), claim("2027-01-04T23:00:00Z", "2027-01-05T00:00:00Z").days());
    }

    private static Claim claim(String from, String to) {
        return new Claim(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Instant.parse(from), Instant.parse(to),
                Instant.parse(from), Instant.parse(to), 1, 1, List.of());
    }

    @Test
    void anAppointmentLongerThanItsServiceKeepsItsLengthAndItsCleanUpAfterIt() {
        Instant nine = Instant.parse("2027-01-04T09:00:00Z");
        Claim service = new Claim(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), nine,
                nine.plus(Duration.ofMinutes(45)), nine.minus(Duration.ofMinutes(5)), nine.plus(Duration.ofMinutes(55)),
                1, 1, List.of());

        Claim longer = service.endingAt(nine.plus(Duration.ofMinutes(50)));

        assertEquals(nine.plus(Duration.ofMinutes(50)), longer.end());
        assertEquals(nine.plus(Duration.ofMinutes(60)), longer.occupiedEnd(), "10 minutes of clean-up, as before");
        assertEquals(service.occupiedStart(), longer.occupiedStart());
    }
}
