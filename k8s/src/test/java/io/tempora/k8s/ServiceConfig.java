package io.tempora.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * A service's own configuration as it is built: the shared defaults of service-kit overridden by
 * the service's application.properties. The manifests must agree with it.
 */
record ServiceConfig(String service, Properties properties) {

    static ServiceConfig of(String service) {
        Properties merged = new Properties();
        load(merged, Path.of("..", "service-kit", "src", "main", "resources", "META-INF", "microprofile-config.properties"));
        load(merged, Path.of("..", "persistence-kit", "src", "main", "resources", "META-INF", "microprofile-config.properties"));
        load(merged, Path.of("..", service, "src", "main", "resources", "application.properties"));
        return new ServiceConfig(service, merged);
    }

    int httpPort() {
        return Integer.parseInt(required("quarkus.http.port"));
    }

    /** Health, metrics and the OpenAPI document, apart from the API. */
    int managementPort() {
        return Integer.parseInt(required("quarkus.management.port"));
    }

    /** {@code /q/health/ready} and the like, as Quarkus derives them from its settings. */
    String healthPath(String check) {
        String root = "/" + properties.getProperty("quarkus.http.non-application-root-path", "q").replaceAll("^/|/$", "");
        String health = properties.getProperty("quarkus.smallrye-health.root-path", "health");
        return (health.startsWith("/") ? health : root + "/" + health) + "/" + check;
    }

    /** {@code tempora/provider-service}: the image the build makes, without registry and tag. */
    String imageName() {
        String name = required("quarkus.container-image.name").replace("${quarkus.application.name}",
                required("quarkus.application.name"));
        return required("quarkus.container-image.group") + "/" + name;
    }

    /** How long Quarkus drains in-flight requests when it is told to stop. */
    long shutdownTimeoutSeconds() {
        return Duration.parse("PT" + required("quarkus.shutdown.timeout").toUpperCase()).toSeconds();
    }

    /** Connections Flyway's JDBC pool may hold beside the reactive pool. */
    int jdbcPoolMaximum() {
        return Integer.parseInt(required("quarkus.datasource.jdbc.max-size"));
    }

    String metricsPath() {
        return required("quarkus.micrometer.export.prometheus.path");
    }

    private String required(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new AssertionError(service + " does not configure " + key);
        }
        return value;
    }

    private static void load(Properties into, Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            into.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
