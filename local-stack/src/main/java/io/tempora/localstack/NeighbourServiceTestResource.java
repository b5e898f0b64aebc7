package io.tempora.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Runs another service of this project from its built jar next to the service under test, on the
 * shared local stack, once per test JVM: for tests that need the real neighbour rather than a
 * stand-in. Init args: {@code service} (its module, e.g. {@code availability-service}),
 * {@code urlProperty} (the configuration key that receives its base URL), optional {@code database}.
 */
public class NeighbourServiceTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Map<String, ServiceProcess> RUNNING = new HashMap<>();

    private String service;
    private String urlProperty;
    private ServiceDatabase database;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.get("service");
        urlProperty = initArgs.get("urlProperty");
        database = ServiceDatabase.named(initArgs.get("database"));
    }

    @Override
    public Map<String, String> start() {
        return Map.of(urlProperty, running(service, database).url());
    }

    @Override
    public void stop() {
        // shared across test classes and profiles: the JVM shutdown hook stops it
    }

    /** The file the neighbour writes its spans to, one JSON object a line (tests of traces read it). */
    public static Path spansOf(String service) {
        return Path.of("target", service + "-neighbour-spans.jsonl").toAbsolutePath();
    }

    /** The neighbour of this test JVM, started on first use. */
    public static synchronized ServiceProcess running(String service, ServiceDatabase database) {
        return RUNNING.computeIfAbsent(service, name -> {
            try {
                Map<String, String> config = new HashMap<>(LocalStackTestResource.shared().serviceConfig(database));
                Files.deleteIfExists(spansOf(name));
                config.putAll(LocalStack.tracingTo(spansOf(name)));
                ServiceProcess process = ServiceProcess.start(ServiceProcess.projectRoot(name), name,
                        FreePorts.distinct(1)[0], config, Path.of("target", name + "-neighbour.log").toAbsolutePath());
                Runtime.getRuntime().addShutdownHook(new Thread(process::close, name + "-shutdown"));
                process.awaitReady(Instant.now().plus(READY_TIMEOUT));
                return process;
            } catch (IOException e) {
                throw new IllegalStateException("could not start " + name, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }
}
