package io.tempora.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./stack.sh}: the whole platform on this machine. Starts PostgreSQL and Kafka with their
 * data under the data folder (kept between runs unless {@code --clean}), then the four services
 * from their built jars on ports 8080-8083 and the web app on 8084, prints where they are, and stops
 * everything on Ctrl-C.
 *
 * <p>Arguments: {@code --project <root>} (where the services were built),
 * {@code --data <folder>} (default {@code <root>/.stack-data}), {@code --clean}, {@code --trace}
 * (every service writes its spans to {@code <data>/traces/}).
 */
public final class StackMain {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);


    private final Path projectRoot;
    private final Path dataDirectory;
    /** Each service writes its spans to {@code <data>/traces/<service>.jsonl} (see {@link TraceTree}). */
    private final boolean trace;
    private final List<ServiceProcess> services = new ArrayList<>();
    private LocalStack stack;

    private StackMain(Path projectRoot, Path dataDirectory, boolean trace) {
        this.projectRoot = projectRoot;
        this.dataDirectory = dataDirectory;
        this.trace = trace;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".").toAbsolutePath().normalize();
        Path data = null;
        boolean clean = false;
        boolean trace = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--project" -> root = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--data" -> data = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--clean" -> clean = true;
                case "--trace" -> trace = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (expected --project <dir>, --data <dir>, --clean, --trace)");
            }
        }
        StackMain main = new StackMain(root, data != null ? data : root.resolve(".stack-data"), trace);
        if (clean) {
            main.wipeData();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            main.stopAll();
            stopped.countDown();
        }, "stack-shutdown"));
        main.startAll();
        stopped.await();
    }

    private void startAll() throws IOException, InterruptedException {
        for (StackService service : StackService.values()) {
            requireFree(service.port(), service.module());
        }
        requireFree(WebApp.PORT, WebApp.MODULE);
        Files.createDirectories(dataDirectory);
        LocalStack.Ports ports = rememberedPorts();
        log("starting PostgreSQL on %d and Kafka on %d (data in %s)", ports.postgres(), ports.kafka(), dataDirectory);
        stack = LocalStack.startPersistent(dataDirectory, ports);
        for (StackService service : StackService.values()) {
            services.add(launch(service));
        }
        awaitReady();
        Path tokens = new DemoOrganization(stack.tokens(), "http://localhost:" + StackService.PROVIDER.port(), dataDirectory)
                .ensureWithTokens();
        services.add(launchWebApp(tokens));
        awaitReady();
        log("ready:");
        log("  %-21s http://localhost:%d  (the booking page, front desk and settings in a browser: docs/getting-started.md)",
                WebApp.MODULE, WebApp.PORT);
        for (StackService service : StackService.values()) {
            log("  %-21s http://localhost:%d  (management: http://localhost:%d/q/swagger-ui, /q/health, /q/metrics)",
                    service.module(), service.port(), ServiceProcess.managementPort(service.port()));
        }
        log("  PostgreSQL            %s", stack.postgres().jdbcUrl("<provider|resource|booking>"));
        log("  Kafka                 %s", stack.kafka().bootstrapServers());
        log("demo practice and bearer tokens (owner, assistant, provider, client, platform; valid 30 days):");
        Files.readAllLines(tokens).stream().filter(line -> line.startsWith("export ")).forEach(line -> log("  %s", line));
        log("or: source %s && curl -H \"Authorization: Bearer $OWNER_TOKEN\" localhost:8081/v1/organizations/$ORG", tokens);
        log("logs in %s; Ctrl-C stops everything", dataDirectory.resolve("logs"));
    }

    private static void requireFree(int port, String module) {
        if (!FreePorts.isFree(port)) {
            throw new IllegalStateException("port " + port + " for " + module + " is taken: is another stack running?");
        }
    }

    private ServiceProcess launch(StackService service) throws IOException {
        Map<String, String> config = new HashMap<>(stack.serviceConfig(service.database()));
        config.putAll(WebApp.allowPagesFrom(WebApp.PORT));
        if (trace) {
            Path traces = Files.createDirectories(dataDirectory.resolve("traces"));
            config.putAll(LocalStack.tracingTo(traces.resolve(service.module() + ".jsonl")));
        }
        return ServiceProcess.start(projectRoot, service.module(), service.port(), config,
                dataDirectory.resolve("logs").resolve(service.module() + ".log"));
    }

    private ServiceProcess launchWebApp(Path demoTokens) throws IOException {
        Map<StackService, Integer> apiPorts = new EnumMap<>(StackService.class);
        for (StackService service : StackService.values()) {
            apiPorts.put(service, service.port());
        }
        return ServiceProcess.start(projectRoot, WebApp.MODULE, WebApp.PORT, WebApp.config(apiPorts, demoTokens),
                dataDirectory.resolve("logs").resolve(WebApp.MODULE + ".log"));
    }

    private void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        for (ServiceProcess service : services) {
            service.awaitReady(deadline);
        }
    }

    /** Stops the services first (they drain requests and the outbox), then Kafka, then PostgreSQL. */
    private void stopAll() {
        log("stopping");
        services.forEach(ServiceProcess::close);
        if (stack != null) {
            stack.close();
        }
        log("stopped");
    }

    /** Kafka's storage remembers its ports, so a stack that keeps its data keeps its ports too. */
    private LocalStack.Ports rememberedPorts() throws IOException {
        Path file = dataDirectory.resolve("ports.properties");
        Properties saved = new Properties();
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file)) {
                saved.load(in);
            }
            return new LocalStack.Ports(
                    Integer.parseInt(saved.getProperty("postgres")),
                    Integer.parseInt(saved.getProperty("kafka")),
                    Integer.parseInt(saved.getProperty("kafka.controller")));
        }
        int[] free = FreePorts.distinct(3);
        LocalStack.Ports ports = new LocalStack.Ports(free[0], free[1], free[2]);
        saved.setProperty("postgres", String.valueOf(ports.postgres()));
        saved.setProperty("kafka", String.valueOf(ports.kafka()));
        saved.setProperty("kafka.controller", String.valueOf(ports.kafkaController()));
        try (var out = Files.newBufferedWriter(file)) {
            saved.store(out, "ports of this data folder's stack");
        }
        return ports;
    }

    private void wipeData() {
        if (Files.exists(dataDirectory)) {
            log("--clean: deleting %s", dataDirectory);
            LocalStack.deleteRecursively(dataDirectory);
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf("[stack] " + format + "%n", args);
    }
}
