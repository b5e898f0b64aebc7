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
 * The outbox's upkeep (what operators read about its backlog, and the retention of published rows)
 * on a table that holds what a busy week leaves: many published rows, a few pending and a few parked.
 */
class OutboxUpkeepTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    /** Published every 10 s back from now: all within the week they are kept. */
    private static final int PUBLISHED_ROWS = 50_000;
    private static final Duration KEEP_PUBLISHED = Duration.ofDays(7);
    private static final int PURGE_BATCH = 1_000;

    private static OutboxDatabase database;

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    @BeforeAll
    static void aWeekOfPublishedRowsAndAFewOthers() throws SQLException {
        database = new OutboxDatabase();
        database.execute(published(PUBLISHED_ROWS, "interval '0'", "interval '10 seconds'"));
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

    @Test
    void rowsPublishedBeforeTheRetentionAreDeletedBatchAfterBatchAndNoOthers() throws SQLException {
        database.execute(published(2 * PURGE_BATCH + PURGE_BATCH / 2, "interval '8 days'", "interval '1 second'"));

        new OutboxRetention(database.pool(), new Retention(KEEP_PUBLISHED, PURGE_BATCH), new MovingClock(NOW))
                .purgePublished().await().atMost(Duration.ofSeconds(30));

        assertEquals(0, database.count("outbox_event", "published_at < timestamptz '" + NOW.minus(KEEP_PUBLISHED) + "'"),
                "older than a week");
        assertEquals(PUBLISHED_ROWS, database.count("outbox_event", "published_at IS NOT NULL"), "published within the week");
        assertEquals(5, database.count("outbox_event", "published_at IS NULL"), "pending and parked");
    }

    /** The retention's settings; the relay's are not used here. */
    private record Retention(Duration keepPublished, int purgeBatchSize) implements OutboxConfig {

        @Override
        public Duration pollInterval() {
            return Duration.ofMillis(100);
        }

        @Override
        public int batchSize() {
            return 200;
        }

        @Override
        public Duration deliveryTimeout() {
            return Duration.ofSeconds(30);
        }

        @Override
        public int maximumAttempts() {
            return 5;
        }
    }

    private double gauge(String name) {
        return metrics.get(name).gauge().value();
    }

    /** {@code rows} rows published (and occurred) {@code ago} and then one {@code apart} before another. */
    private static String published(int rows, String ago, String apart) {
        String at = "timestamptz '" + NOW + "' - " + ago + " - n * " + apart;
        return "INSERT INTO outbox_event (id, organization_id, topic, record_key, event_type, payload, occurred_at, published_at)"
                + " SELECT gen_random_uuid(), gen_random_uuid(), 'booking.events.v1', 'key', 'BookingCreated', repeat('x', 500), "
                + at + ", " + at + " FROM generate_series(1, " + rows + ") AS n";
    }

    /** An outbox row not yet published, parked or not. */
    private static String notPublished(int secondsAgo, String parkedAt) {
        return "INSERT INTO outbox_event (id, organization_id, topic, record_key, event_type, payload, occurred_at, parked_at)"
                + " VALUES (gen_random_uuid(), gen_random_uuid(), 'booking.events.v1', 'key', 'BookingCreated', '{}',"
                + " timestamptz '" + NOW.minusSeconds(secondsAgo) + "', " + parkedAt + ")";
    }
}
