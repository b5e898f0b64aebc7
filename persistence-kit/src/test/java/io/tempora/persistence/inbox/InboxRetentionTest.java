package io.tempora.persistence.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tempora.localstack.MovingClock;
import io.tempora.persistence.OutboxDatabase;

/** The inbox forgets what can no longer come again, and remembers the rest. */
class InboxRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final Duration KEEP_CONSUMED = Duration.ofDays(31);
    private static final int PURGE_BATCH = 1_000;

    private OutboxDatabase database;

    @BeforeEach
    void start() {
        database = new OutboxDatabase();
    }

    @AfterEach
    void stop() {
        database.close();
    }

    @Test
    void eventsConsumedBeforeTheRetentionAreForgottenBatchAfterBatchAndTheOthersRemembered() throws SQLException {
        consumed(2 * PURGE_BATCH + PURGE_BATCH / 2, "interval '32 days'", "1 second");
        consumed(3_000, "interval '0'", "10 minutes");

        new InboxRetention(database.pool(), new Retention(KEEP_CONSUMED, PURGE_BATCH), new MovingClock(NOW))
                .forgetOldEvents().await().atMost(Duration.ofSeconds(30));

        assertEquals(0, database.count("consumed_event", "consumed_at < timestamptz '" + NOW.minus(KEEP_CONSUMED) + "'"));
        assertEquals(3_000, database.count("consumed_event", "true"), "the events of the last 31 days are remembered");
    }

    private record Retention(Duration keepConsumed, int purgeBatchSize) implements InboxConfig {
    }

    /** {@code events} consumed {@code ago} and then one {@code apart} before another. */
    private void consumed(int events, String ago, String apart) throws SQLException {
        database.execute("INSERT INTO consumed_event (event_id, consumer, consumed_at) SELECT gen_random_uuid(), 'test',"
                + " timestamptz '" + NOW + "' - " + ago + " - n * interval '" + apart + "' FROM generate_series(1, " + events + ") AS n");
    }
}
