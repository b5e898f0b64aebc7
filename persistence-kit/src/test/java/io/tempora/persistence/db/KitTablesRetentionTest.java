package io.tempora.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tempora.localstack.MovingClock;
import io.tempora.persistence.OutboxDatabase;
import io.tempora.persistence.inbox.InboxConfig;
import io.tempora.persistence.outbox.OutboxConfig;

/** persistence-kit's tables forget what is past their retention, batch after batch, and keep the rest. */
class KitTablesRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final int BATCH = 1_000;
    /** More than two batches: a run that stopped after one batch would leave some. */
    private static final int PAST_RETENTION = 2 * BATCH + BATCH / 2;

    private OutboxDatabase database;
    private KitTablesRetention retention;

    @BeforeEach
    void start() {
        database = new OutboxDatabase();
        retention = new KitTablesRetention(database.pool(), new Outbox(Duration.ofDays(7), BATCH),
                new Inbox(Duration.ofDays(31), BATCH), new MovingClock(NOW));
    }

    @AfterEach
    void stop() {
        database.close();
    }

    @Test
    void outboxRowsPublishedMoreThanAWeekAgoAreDeletedAndNoOthers() throws SQLException {
        database.addOutboxRows(PAST_RETENTION, NOW.minus(Duration.ofDays(8)), Duration.ofSeconds(1), true);
        database.addOutboxRows(3_000, NOW, Duration.ofMinutes(3), true);
        database.addOutboxRows(2, NOW.minus(Duration.ofDays(8)), Duration.ofSeconds(1), false);

        retention.purgePublishedOutboxRows().await().atMost(Duration.ofSeconds(30));

        assertEquals(3_000, database.count("outbox_event", "published_at IS NOT NULL"), "published within the week");
        assertEquals(2, database.count("outbox_event", "published_at IS NULL"), "old but not yet published");
    }

    @Test
    void eventsConsumedMoreThan31DaysAgoAreForgottenAndTheOthersRemembered() throws SQLException {
        consumed(PAST_RETENTION, "interval '32 days'", "interval '1 second'");
        consumed(3_000, "interval '0'", "interval '10 minutes'");

        retention.forgetConsumedEvents().await().atMost(Duration.ofSeconds(30));

        assertEquals(3_000, database.count("consumed_event", "true"), "the events of the last 31 days are remembered");
    }

    /** {@code events} consumed {@code ago} and then one {@code apart} before another. */
    private void consumed(int events, String ago, String apart) throws SQLException {
        database.execute("INSERT INTO consumed_event (event_id, consumer, consumed_at) SELECT gen_random_uuid(), 'test',"
                + " timestamptz '" + NOW + "' - " + ago + " - n * " + apart + " FROM generate_series(1, " + events + ") AS n");
    }

    /** The outbox's retention settings; the relay's are not used here. */
    private record Outbox(Duration keepPublished, int purgeBatchSize) implements OutboxConfig {

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

    private record Inbox(Duration keepConsumed, int purgeBatchSize) implements InboxConfig {
    }
}
