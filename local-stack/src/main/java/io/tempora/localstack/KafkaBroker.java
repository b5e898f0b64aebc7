package io.tempora.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real Kafka broker (KRaft, broker and controller in one process) in a forked JVM on loopback.
 * It can be stopped and started again on the same ports and data, which is how tests show that
 * nothing is lost while Kafka is down.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path dataDirectory;
    private final int port;
    private final int controllerPort;
    private Process process;

    private KafkaBroker(Path dataDirectory, int port, int controllerPort) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Formats the storage on first use, then starts the broker and waits until it answers. */
    public static KafkaBroker start(Path dataDirectory, int port, int controllerPort) {
        KafkaBroker broker = new KafkaBroker(dataDirectory, port, controllerPort);
        broker.formatIfNew();
        broker.start();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    /** Starts the broker again after {@link #stop()}, on the same ports and data. */
    public synchronized void start() {
        if (running()) {
            return;
        }
        process = launch(List.of(KafkaBrokerProcess.class.getName(), serverProperties().toString()), "kafka.log");
        try {
            awaitReady();
        } catch (RuntimeException notReady) {
            stop();
            throw notReady;
        }
    }

    /** A controlled shutdown; the data stays for the next {@link #start()}. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Kills the broker with SIGKILL, as a crash would; {@link #start()} brings it back on the same data. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    public Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
    }

    private void formatIfNew() {
        Path logs = dataDirectory.resolve("logs");
        if (Files.exists(logs.resolve("meta.properties"))) {
            return;
        }
        writeServerProperties();
        // "=": a random id may start with "-", which would otherwise read as an option
        Process format = launch(List.of("kafka.tools.StorageTool", "format",
                "--cluster-id=" + clusterId(), "--config", serverProperties().toString()), "kafka-format.log");
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("formatting Kafka storage failed:\n" + logOf("kafka-format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
    }

    /** A cluster id in Kafka's format: a random UUID as 22 characters of url-safe base64. */
    private static String clusterId() {
        UUID uuid = UUID.randomUUID();
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
        bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    private Path serverProperties() {
        return dataDirectory.resolve("server.properties");
    }

    private void writeServerProperties() {
        Properties properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        properties.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        properties.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("log.dirs", dataDirectory.resolve("logs").toString());
        properties.put("auto.create.topics.enable", "false");
        properties.put("num.partitions", "1");
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", "3");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        // compaction becomes visible quickly on a laptop-sized stack
        properties.put("log.cleaner.backoff.ms", "1000");
        try {
            Files.createDirectories(dataDirectory);
            try (var out = Files.newBufferedWriter(serverProperties(), StandardCharsets.UTF_8)) {
                properties.store(out, "written by the Tempora local stack");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Process launch(List<String> mainAndArgs, String logFile) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(),
                "-Xms64m", "-Xmx768m", "-XX:+UseSerialGC",
                "-Dlog4j2.level=WARN",
                "-cp", classpath()));
        command.addAll(mainAndArgs);
        try {
            Process started = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(dataDirectory.resolve(logFile).toFile())
                    .start();
            // stdin stays open as the broker's lifeline (see KafkaBrokerProcess)
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("could not fork the Kafka broker JVM", e);
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        awaitListening(deadline);
        try (Admin admin = admin()) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka broker exited:\n" + logOf("kafka.log"));
                }
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException notYet) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("Kafka broker not ready after " + START_TIMEOUT, notYet);
                    }
                    Thread.sleep(200);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }

    /** Waits for the port before any Kafka client connects, which keeps their logs quiet. */
    private void awaitListening(Instant deadline) {
        while (true) {
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    return; // the admin loop below reports why
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The end of a log of the forked JVM: test stacks delete their folder, so failures carry it. */
    private String logOf(String file) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve(file));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no " + file + ": " + e.getMessage() + ")";
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The broker's libraries, resolved at build time, plus this module for the launcher class. */
    private static String classpath() {
        try (InputStream resource = KafkaBroker.class.getResourceAsStream("runtime.classpath")) {
            if (resource == null) {
                throw new IllegalStateException("runtime.classpath missing: build local-stack with Maven");
            }
            String libraries = new String(resource.readAllBytes(), StandardCharsets.UTF_8).trim();
            Path self = Path.of(KafkaBrokerProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return self + java.io.File.pathSeparator + libraries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
