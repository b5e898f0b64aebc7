package io.tempora.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service of this project running from its built jar in its own JVM, as {@code ./stack.sh}
 * runs it and as a test runs a neighbour of the service under test.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Replaces {@link #DEFAULT_JAVA_OPTIONS} for every service started, e.g. to log the collector's pauses. */
    private static final String JAVA_OPTIONS_VARIABLE = "TEMPORA_SERVICE_JAVA_OPTIONS";
    /**
     * The collector the services' container images run (their base image's {@code run-java.sh}
     * picks the parallel one), so that the stack and the benchmarks measure what is deployed; on a
     * machine of two cores or more the JVM alone would pick G1. The heap is small enough for four
     * services and the tests beside them.
     */
    private static final String DEFAULT_JAVA_OPTIONS = "-Xmx512m -XX:+UseParallelGC";

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * @param projectRoot where the service's module was built ({@code <root>/<name>/target/quarkus-app})
     * @param config      system properties for the service (datasource, Kafka, port)
     * @param log         file the service's output is appended to
     */
    public static ServiceProcess start(Path projectRoot, String name, int port, Map<String, String> config, Path log)
            throws IOException {
        Path jar = projectRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw package -DskipTests first");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        String javaOptions = System.getenv().getOrDefault(JAVA_OPTIONS_VARIABLE, DEFAULT_JAVA_OPTIONS).strip();
        if (!javaOptions.isEmpty()) {
            command.addAll(List.of(javaOptions.split("\\s+")));
        }
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.management.port=" + managementPort(port));
        command.add("-jar");
        command.add(jar.toString());
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new ServiceProcess(name, port, log, process);
    }

    /** The folder holding {@code <module>/target}: the working directory or one of its parents. */
    public static Path projectRoot(String module) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(module).resolve("target"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no " + module + "/target above " + Path.of("").toAbsolutePath()
                + ": build the project first");
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Health, metrics and the OpenAPI document: the service's port plus 1000 (8080 -> 9080). */
    public static int managementPort(int port) {
        return port + 1000;
    }

    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort(port);
    }

    /** Waits until {@code /q/health/ready} answers 200; fails early when the process exits. */
    public void awaitReady(Instant deadline) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (!ready(http)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited, see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " not ready in time, see " + log);
            }
            Thread.sleep(250);
        }
    }

    private boolean ready(HttpClient http) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Kills the service with SIGKILL, as a crash or an evicted pod would: no request or outbox row is drained. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the service to stop (it drains requests and the outbox), forcing it after 20 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
