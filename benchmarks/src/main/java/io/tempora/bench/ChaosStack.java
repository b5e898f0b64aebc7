package io.tempora.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tempora.localstack.FreePorts;
import io.tempora.localstack.LocalStack;
import io.tempora.localstack.ServiceDatabase;
import io.tempora.localstack.ServiceProcess;
import io.tempora.localstack.StackService;
import io.tempora.localstack.TokenIssuer;

/**
 * The whole platform for the fault-injection run, each part of which can be killed with SIGKILL
 * and started again on the same ports and data: PostgreSQL, the Kafka broker, each service; and a
 * fresh availability-service replica started from Kafka alone.
 */
final class ChaosStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    static final int FRESH_AVAILABILITY_PORT = 8090;

    private final Path projectRoot;
    private final Path data;
    private final LocalStack stack;
    private final Map<StackService, ServiceProcess> running = new EnumMap<>(StackService.class);

    private ChaosStack(Path projectRoot, Path data, LocalStack stack) {
        this.projectRoot = projectRoot;
        this.data = data;
        this.stack = stack;
    }

    /** Starts PostgreSQL, Kafka and the four services with their data in {@code data}, and waits until all are ready. */
    static ChaosStack start(Path projectRoot, Path data) throws InterruptedException {
        int[] ports = FreePorts.distinct(3);
        ChaosStack chaos = new ChaosStack(projectRoot, data,
                LocalStack.startPersistent(data, new LocalStack.Ports(ports[0], ports[1], ports[2])));
        for (StackService service : StackService.values()) {
            chaos.start(service);
        }
        chaos.awaitReady();
        return chaos;
    }

    TokenIssuer tokens() {
        return stack.tokens();
    }

    String kafka() {
        return stack.kafka().bootstrapServers();
    }

    String jdbcUrl(ServiceDatabase database) {
        return stack.postgres().jdbcUrl(database.databaseName());
    }

    void killKafka() {
        stack.kafka().kill();
    }

    void startKafka() {
        stack.kafka().start();
    }

    void killPostgres() {
        stack.postgres().kill();
    }

    void restartPostgres() {
        stack.postgres().restart();
    }

    void kill(StackService service) {
        running.remove(service).kill();
    }

    void start(StackService service) {
        running.put(service, launch(service.module(), service.port(), service.database(), service.module()));
    }

    /** Another availability-service replica, which has nothing but Kafka to learn from; ready when it returns. */
    ServiceProcess startFreshAvailability() throws InterruptedException {
        ServiceProcess fresh = launch(StackService.AVAILABILITY.module(), FRESH_AVAILABILITY_PORT, null, "fresh-availability-service");
        fresh.awaitReady(Instant.now().plus(READY_TIMEOUT));
        return fresh;
    }

    /** Waits until every service's readiness is UP. */
    void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        for (ServiceProcess service : running.values()) {
            service.awaitReady(deadline);
        }
    }

    /**
     * Where Vert.x reported an event loop or worker blocked too long in the services' logs: each
     * warning's line with the log's name and the first lines of the stack that follows it.
     */
    List<String> blockedThreadWarnings() {
        List<String> warnings = new ArrayList<>();
        try (var logs = Files.list(data.resolve("logs"))) {
            for (Path log : logs.toList()) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("has been blocked for")) {
                        warnings.add(log.getFileName() + ": " + String.join("\n    ", lines.subList(i, Math.min(lines.size(), i + 8))));
                    }
                }
            }
            return warnings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ServiceProcess launch(String module, int port, ServiceDatabase database, String logName) {
        Map<String, String> config = new HashMap<>(stack.serviceConfig(database));
        // thousands of clients book from one address here; per-caller limits are not under test
        config.put("tempora.rate-limit.enabled", "false");
        try {
            return ServiceProcess.start(projectRoot, module, port, config,
                    data.resolve("logs").resolve(logName + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        running.values().forEach(ServiceProcess::close);
        stack.close();
    }
}
