package io.tempora.booking.capacity;

import static io.tempora.booking.Clinic.nextWeekAt;
import static io.tempora.localstack.JsonApi.post;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tempora.booking.ClinicTest;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;

/**
 * A booking costs the same after years of bookings as on the first day: placing it reads what its
 * provider and room hold around it, not every booking they ever had. Counted by the rows
 * PostgreSQL reads from the booking tables (its table statistics) while one booking is made.
 */
@QuarkusTest
class BookingAfterYearsTest extends ClinicTest {

    /** A year and a half of one therapist's appointments, every two hours, all in the one room. */
    private static final int PAST_BOOKINGS = 2_000;
    /** The booking's own reads: its history row and allocation check their booking; a handful more at most. */
    private static final long ROWS_ONE_BOOKING_MAY_READ = 50;
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void aTherapistsHistoryInTheirRoomIsNotReadAgainForEachBooking() throws InterruptedException {
        UUID maria = clinic.provider("Maria");
        ServiceSnapshot massage = clinic.service(60, 1, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, maria);
        UUID rooms = UUID.randomUUID();
        UUID room = clinic.publisher().resource(rooms, "Room 1");
        clinic.publisher().requires(massage.id(), rooms, 1);
        clinic.awaitResources(massage, rooms, 1);
        clinic.awaitKnown(massage, nextWeekAt(10, 0));
        long beforeHistory = rowsRead();
        addHistory(massage, maria, room);
        // writing the history read its bookings once (each allocation checks its booking): wait
        // until PostgreSQL has counted that, so that it does not fall into the booking's count
        long beforeBooking = awaitRowsRead(beforeHistory + PAST_BOOKINGS);

        Map<String, Object> request = clinic.request(massage, nextWeekAt(10, 0));
        request.put("providerId", maria);
        post(clinic.bookings(), request).statusCode(201).body("resourceIds", contains(room.toString()));

        long read = awaitRowsRead(beforeBooking + 1) - beforeBooking;
        assertTrue(read <= ROWS_ONE_BOOKING_MAY_READ, "one booking read " + read + " rows of the booking tables, with "
                + PAST_BOOKINGS + " bookings of its provider and room behind it");
    }

    /** The past, as years of use leave it: ended, their occupancy records long retired. */
    private void addHistory(ServiceSnapshot service, UUID provider, UUID room) {
        String sql = """
                WITH past AS (
                    INSERT INTO booking (id, organization_id, service_id, provider_id, client_id, client_name,
                        start_at, end_at, occupied_start, occupied_end, seats, resource_ids, status, override, warnings,
                        version, created_at, updated_at, occupancy_retired_at)
                    SELECT gen_random_uuid(), ?, ?, ?, gen_random_uuid(), 'Earlier client', at, at + interval '1 hour',
                        at, at + interval '1 hour', 1, ?, 'CONFIRMED', false, '[]', 0, at, at, at + interval '8 days'
                    FROM (SELECT date_trunc('hour', now()) - n * interval '2 hours' - interval '8 days' AS at
                          FROM generate_series(1, ?) AS n) AS times
                    RETURNING id, occupied_start)
                INSERT INTO booking_allocation (booking_id, resource_id, occupied_start) SELECT id, ?, occupied_start FROM past
                """;
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, clinic.organization);
            insert.setObject(2, service.id());
            insert.setObject(3, provider);
            insert.setString(4, "[\"" + room + "\"]");
            insert.setInt(5, PAST_BOOKINGS);
            insert.setObject(6, room);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows read from the booking tables so far, by index or by scan, as PostgreSQL counts them. */
    private long rowsRead() {
        return clinic.count("SELECT sum(coalesce(idx_tup_fetch, 0) + coalesce(seq_tup_read, 0))::bigint"
                + " FROM pg_stat_user_tables WHERE relname IN ('booking', 'booking_allocation')");
    }

    /**
     * The count once it reached {@code atLeast}: a server process adds what it read to the shared
     * statistics when it goes idle, up to seconds later.
     */
    private long awaitRowsRead(long atLeast) {
        return await("PostgreSQL's count of rows read").atMost(DEADLINE).pollInterval(Duration.ofMillis(100))
                .until(this::rowsRead, greaterThanOrEqualTo(atLeast));
    }
}
