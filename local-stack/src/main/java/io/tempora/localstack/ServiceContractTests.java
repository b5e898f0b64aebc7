package io.tempora.localstack;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import org.junit.jupiter.api.Test;

/**
 * What every Tempora service promises operators and clients, whatever its domain. A service's
 * test extends it as a {@code @QuarkusTest} and names the readiness checks it must report.
 */
public abstract class ServiceContractTests {

    public static final String DATABASE_CHECK = "Database answers through the connection pool";

    /** The health checks that must be UP before this service takes traffic. */
    protected abstract List<String> readinessChecks();

    @Test
    void isReadyOnlyWithWhatItCannotServeWithoutUp() {
        Management.given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(readinessChecks().toArray(String[]::new)))
                // a broker outage is not the service's: writes wait in the outbox, read models serve their last state
                .body("checks.name", not(hasItem("Kafka connection health check")));
        Management.given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void describesItsApiInOpenApiAndSwaggerUi() {
        Management.given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("openapi", startsWith("3."));
        Management.given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    /**
     * Also writes the names of the metric families to {@code target/metrics/<service>.txt}, where
     * the Kubernetes manifests' test finds them: every alert must watch a metric some service has.
     */
    @Test
    void exposesPrometheusMetrics() throws IOException {
        String metrics = Management.given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds"))
                .extract().asString();
        List<String> families = metrics.lines().filter(line -> line.startsWith("# TYPE "))
                .map(line -> line.split(" ")[2]).sorted().toList();
        Path file = Path.of("target", "metrics",
                ConfigProvider.getConfig().getValue("quarkus.application.name", String.class) + ".txt");
        Files.createDirectories(file.getParent());
        Files.write(file, families);
    }

    @Test
    void keepsOperationsOffThePublicPort() {
        for (String path : java.util.List.of("/q/health/ready", "/q/metrics", "/q/openapi")) {
            given().when().get(path).then().statusCode(404);
        }
    }

    @Test
    void answersUnknownPathsWithAProblem() {
        given().when().get("/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/v1/no-such-thing"));
    }
}
