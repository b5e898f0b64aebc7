package io.tempora.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;

import io.tempora.contracts.Topics;

/**
 * Embedded PostgreSQL (one database per service) and a real Kafka broker with every platform
 * topic, on loopback. Used both by the services' tests and by {@code ./stack.sh}.
 */
public final class LocalStack implements AutoCloseable {

    private final Path dataDirectory;
    private final boolean temporary;
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final TokenIssuer tokens;

    private LocalStack(Path dataDirectory, boolean temporary, PostgresServer postgres, KafkaBroker kafka) {
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
        this.postgres = postgres;
        this.kafka = kafka;
        this.tokens = TokenIssuer.ofStack(dataDirectory);
    }

    /**
     * A throw-away stack on free ports, deleted again on {@link #close()}. A first start that
     * fails (a port taken meanwhile by another program, a forked JVM that did not come up) is
     * tried once more on other ports before the failure is reported.
     */
    public static LocalStack startTemporary() {
        try {
            return startTemporaryOnce();
        } catch (RuntimeException first) {
            System.err.println("[local-stack] first start failed, trying once more on other ports: " + first.getMessage());
            return startTemporaryOnce();
        }
    }

    private static LocalStack startTemporaryOnce() {
        Path directory;
        try {
            directory = Files.createTempDirectory("tempora-stack-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] free = FreePorts.distinct(3);
        try {
            return start(directory, new Ports(free[0], free[1], free[2]), true);
        } catch (RuntimeException e) {
            deleteRecursively(directory);
            throw e;
        }
    }

    /** A stack whose data lives in {@code dataDirectory} and survives restarts. */
    public static LocalStack startPersistent(Path dataDirectory, Ports ports) {
        return start(dataDirectory, ports, false);
    }

    private static LocalStack start(Path dataDirectory, Ports ports, boolean temporary) {
        PostgresServer postgres = PostgresServer.start(
                temporary ? null : dataDirectory.resolve("postgres"), ports.postgres(), ServiceDatabase.allNames());
        KafkaBroker kafka;
        try {
            kafka = KafkaBroker.start(dataDirectory.resolve("kafka"), ports.kafka(), ports.kafkaController());
            try (Admin admin = kafka.admin()) {
                TopicProvisioner.createMissing(admin, Topics.ALL);
            }
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        return new LocalStack(dataDirectory, temporary, postgres, kafka);
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    /** Issues the bearer tokens that services on this stack accept. */
    public TokenIssuer tokens() {
        return tokens;
    }

    /**
     * The configuration a service needs to run against this stack, as Quarkus property names.
     *
     * @param database the service's own database, or null for a service without one
     */
    public Map<String, String> serviceConfig(ServiceDatabase database) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.putAll(tokens.serviceConfig());
        if (database != null) {
            config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database.databaseName()));
            config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database.databaseName()));
            config.put("quarkus.datasource.username", PostgresServer.USER);
            config.put("quarkus.datasource.password", PostgresServer.PASSWORD);
        }
        return config;
    }

    /**
     * The configuration that turns a service's tracing on and writes its spans to {@code spans},
     * one JSON object a line, and nowhere else: the OTLP exporter is pointed at a port nobody
     * listens on (the stack runs no collector).
     */
    public static Map<String, String> tracingTo(Path spans) {
        return Map.of("quarkus.otel.sdk.disabled", "false",
                "tempora.tracing.file", spans.toAbsolutePath().toString(),
                "quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:" + FreePorts.distinct(1)[0]);
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
            if (temporary) {
                deleteRecursively(dataDirectory);
            }
        }
    }

    static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loopback ports of the stack's servers. */
    public record Ports(int postgres, int kafka, int kafkaController) {
    }
}
