package io.tempora.persistence.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tempora.localstack.FreePorts;
import io.tempora.localstack.MovingClock;
import io.tempora.localstack.PostgresServer;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;

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

    private static PostgresServer postgres;
    private static Vertx vertx;
    private static Pool pool;

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    @BeforeAll
    static void aWeekOfPublishedRowsAndAFewOthers() throws SQLException {
        postgres = PostgresServer.start(null, FreePorts.distinct(1)[0], List.of("outbox"));
        Flyway.configure().dataSource(postgres.jdbcUrl("outbox"), PostgresServer.USER, PostgresServer.PASSWORD)
                .locations("classpath:db/outbox").load().migrate();
        execute("INSERT INTO outbox_event (id, organization_id, topic, record_key, event_type, payload, occurred_at, published_at)"
                + " SELECT gen_random_uuid(), gen_random_uuid(), 'booking.events.v1', 'key', 'BookingCreated', repeat('x', 500),"
                + " timestamptz '" + NOW + "' - n * interval '10 seconds', timestamptz '" + NOW + "' - n * interval '10 seconds'"
                + " FROM generate_series(1, " + PUBLISHED_ROWS + ") AS n");
        for (int secondsAgo : new int[] {90, 30, 5}) {
            execute(row(secondsAgo, "NULL"));
        }
        for (int secondsAgo : new int[] {3_600, 600}) {
            execute(row(secondsAgo, "timestamptz '" + NOW.minusSeconds(secondsAgo - 1) + "'"));
        }
        execute("ANALYZE outbox_event");
        vertx = Vertx.vertx();
        pool = PgPool.pool(vertx, PgConnectOptions.fromUri(postgres.reactiveUrl("outbox"))
                .setUser(PostgresServer.USER).setPassword(PostgresServer.PASSWORD), new PoolOptions().setMaxSize(1));
    }

    @AfterAll
    static void stop() {
        pool.closeAndAwait();
        vertx.closeAndAwait();
        postgres.close();
    }

    @Test
    void rowsNotYetPublishedAndParkedRowsAreCountedAndTheOldestPendingAged() {
        new OutboxBacklog(pool, new MovingClock(NOW), metrics).measure().await().atMost(Duration.ofSeconds(30));

        assertEquals(3, gauge("tempora.outbox.pending"));
        assertEquals(90, gauge("tempora.outbox.oldest.pending"), "seconds since the oldest pending row occurred");
        assertEquals(2, gauge("tempora.outbox.parked.rows"));
    }

    @Test
    void theMeasureReadsThePendingAndParkedRowsWithoutScanningThePublishedOnes() throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet lines = statement.executeQuery("EXPLAIN " + OutboxBacklog.MEASURE)) {
            while (lines.next()) {
                plan.add(lines.getString(1));
            }
        }

        // every 15 s on every replica: a scan would read the week's rows each time
        assertFalse(plan.stream().anyMatch(line -> line.contains("Seq Scan")), String.join("\n", plan));
    }

    @Test
    void rowsPublishedBeforeTheRetentionAreDeletedBatchAfterBatchAndNoOthers() throws SQLException {
        execute("INSERT INTO outbox_event (id, organization_id, topic, record_key, event_type, payload, occurred_at, published_at)"
                + " SELECT gen_random_uuid(), gen_random_uuid(), 'booking.events.v1', 'key', 'BookingCreated', '{}',"
                + " timestamptz '" + NOW + "' - interval '8 days' - n * interval '1 second',"
                + " timestamptz '" + NOW + "' - interval '8 days' - n * interval '1 second'"
                + " FROM generate_series(1, " + (2 * PURGE_BATCH + PURGE_BATCH / 2) + ") AS n");

        new OutboxRetention(pool, new Retention(KEEP_PUBLISHED, PURGE_BATCH), new MovingClock(NOW)).purgePublished()
                .await().atMost(Duration.ofSeconds(30));

        assertEquals(0, count("published_at < timestamptz '" + NOW.minus(KEEP_PUBLISHED) + "'"), "older than a week");
        assertEquals(PUBLISHED_ROWS, count("published_at IS NOT NULL"), "published within the week");
        assertEquals(5, count("published_at IS NULL"), "pending and parked");
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

    private static long count(String condition) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM outbox_event WHERE " + condition)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private double gauge(String name) {
        return metrics.get(name).gauge().value();
    }

    /** An outbox row not yet published, parked or not. */
    private static String row(int secondsAgo, String parkedAt) {
        return "INSERT INTO outbox_event (id, organization_id, topic, record_key, event_type, payload, occurred_at, parked_at)"
                + " VALUES (gen_random_uuid(), gen_random_uuid(), 'booking.events.v1', 'key', 'BookingCreated', '{}',"
                + " timestamptz '" + NOW.minusSeconds(secondsAgo) + "', " + parkedAt + ")";
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl("outbox"), PostgresServer.USER, PostgresServer.PASSWORD);
    }
}
