package io.tempora.persistence.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tempora.localstack.MovingClock;
import io.tempora.persistence.OutboxDatabase;

/**
 * What operators read about the outbox's backlog, on a table that holds what a busy week leaves:
 * many published rows, a few pending and a few parked.
 */
class OutboxBacklogTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    /** Published every 10 s back from now: all within the week they are kept. */
    private static final int PUBLISHED_ROWS = 50_000;

    private static OutboxDatabase database;

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    @BeforeAll
    static void aWeekOfPublishedRowsAndAFewOthers() throws SQLException {
        database = new OutboxDatabase();
        database.addOutboxRows(PUBLISHED_ROWS, NOW, Duration.ofSeconds(10), true);
        for (int secondsAgo : new int[] {90, 30, 5}) {
            database.execute(notPublished(secondsAgo, "NULL"));
        }
        for (int secondsAgo : new int[] {3_600, 600}) {
            database.execute(notPublished(secondsAgo, "timestamptz '" + NOW.minusSeconds(secondsAgo - 1) + "'"));
        }
        database.execute("ANALYZE outbox_event");
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void rowsNotYetPublishedAndParkedRowsAreCountedAndTheOldestPendingAged() {
        new OutboxBacklog(database.pool(), new MovingClock(NOW), metrics).measure().await().atMost(Duration.ofSeconds(30));

        assertEquals(3, gauge("tempora.outbox.pending"));
        assertEquals(90, gauge("tempora.outbox.oldest.pending"), "seconds since the oldest pending row occurred");
        assertEquals(2, gauge("tempora.outbox.parked.rows"));
    }

    @Test
    void theMeasureReadsThePendingAndParkedRowsWithoutScanningThePublishedOnes() throws SQLException {
        List<String> plan = database.plan(OutboxBacklog.MEASURE);

        // every 15 s on every replica: a scan would read the week's rows each time
        assertFalse(plan.stream().anyMatch(line -> line.contains("Seq Scan")), String.join("\n", plan));
    }

    private double gauge(String name) {
        return metrics.get(name).gauge().value();
    }

    /** An outbox row not yet published, parked or not. */
    private static String notPublished(int secondsAgo, String parkedAt) {
        return "INSERT INTO outbox_event (id, organization_id, topic, record_key, event_type, payload, occurred_at, parked_at)"
                + " VALUES (gen_random_uuid(), gen_random_uuid(), 'booking.events.v1', 'key', 'BookingCreated', '{}',"
                + " timestamptz '" + NOW.minusSeconds(secondsAgo) + "', " + parkedAt + ")";
    }
}
