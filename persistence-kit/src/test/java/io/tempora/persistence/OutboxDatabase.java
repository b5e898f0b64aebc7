package io.tempora.persistence;

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

import io.tempora.localstack.FreePorts;
import io.tempora.localstack.PostgresServer;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;

/**
 * A throw-away PostgreSQL with persistence-kit's own tables (outbox and inbox) as every service
 * migrates them, a reactive pool to it for the code under test, and plain JDBC for the test's rows.
 */
public final class OutboxDatabase implements AutoCloseable {

    private static final String DATABASE = "kit";

    private final PostgresServer postgres;
    private final Vertx vertx;
    private final Pool pool;

    public OutboxDatabase() {
        postgres = PostgresServer.start(null, FreePorts.distinct(1)[0], List.of(DATABASE));
        Flyway.configure().dataSource(postgres.jdbcUrl(DATABASE), PostgresServer.USER, PostgresServer.PASSWORD)
                .locations("classpath:db/outbox").load().migrate();
        vertx = Vertx.vertx();
        pool = PgPool.pool(vertx, PgConnectOptions.fromUri(postgres.reactiveUrl(DATABASE))
                .setUser(PostgresServer.USER).setPassword(PostgresServer.PASSWORD), new PoolOptions().setMaxSize(1));
    }

    public Pool pool() {
        return pool;
    }

    public void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Adds {@code rows} outbox rows with payloads about a booking event's size, the n-th occurred
     * {@code n × apart} before {@code from}, and published then or not yet.
     */
    public void addOutboxRows(int rows, Instant from, Duration apart, boolean published) throws SQLException {
        String at = "timestamptz '" + from + "' - n * interval '" + apart.toSeconds() + " seconds'";
        execute("INSERT INTO outbox_event (id, organization_id, topic, record_key, event_type, payload, occurred_at, published_at)"
                + " SELECT gen_random_uuid(), gen_random_uuid(), 'booking.events.v1', 'key', 'BookingCreated', repeat('x', 500), "
                + at + ", " + (published ? at : "NULL") + " FROM generate_series(1, " + rows + ") AS n");
    }

    public long count(String table, String condition) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table + " WHERE " + condition)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The planner's plan for {@code sql}, line by line. */
    public List<String> plan(String sql) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet lines = statement.executeQuery("EXPLAIN " + sql)) {
            while (lines.next()) {
                plan.add(lines.getString(1));
            }
        }
        return plan;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(DATABASE), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    @Override
    public void close() {
        pool.closeAndAwait();
        vertx.closeAndAwait();
        postgres.close();
    }
}
