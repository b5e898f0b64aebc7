package io.tempora.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.tempora.localstack.FreePorts;
import io.tempora.localstack.LocalStack;
import io.tempora.localstack.ServiceProcess;
import io.tempora.localstack.StackService;
import io.tempora.localstack.WebApp;

/**
 * The web app in a real browser against the real platform: PostgreSQL, Kafka, the four services and this module's
 * built jar, with the browser tests of {@code src/main/webui/e2e} (Playwright driving the system's Chromium).
 * Each test there furnishes its own part of one practice through the API; this class creates the practice and
 * hands the tests the tokens of its owner, front desk and clients. Their screenshots go to {@code docs/screenshots}.
 */
class BrowserIT {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration BROWSER_TESTS_TIMEOUT = Duration.ofMinutes(15);
    private static final int CLIENTS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalStack stack;
    private static final List<ServiceProcess> running = new ArrayList<>();
    private static final Map<StackService, Integer> apiPorts = new EnumMap<>(StackService.class);
    private static int webPort;

    @BeforeAll
    static void startPlatform() throws IOException, InterruptedException {
        stack = LocalStack.startTemporary();
        Path root = ServiceProcess.projectRoot(WebApp.MODULE);
        Path logs = Path.of("target", "browser-tests").toAbsolutePath();
        int[] ports = FreePorts.distinct(StackService.values().length + 1);
        webPort = ports[ports.length - 1];
        for (StackService service : StackService.values()) {
            int port = ports[service.ordinal()];
            apiPorts.put(service, port);
            Map<String, String> config = new LinkedHashMap<>(stack.serviceConfig(service.database()));
            config.putAll(WebApp.allowPagesFrom(webPort));
            if (service == StackService.BOOKING) {
                config.put("quarkus.rest-client.availability.url", "http://localhost:" + apiPorts.get(StackService.AVAILABILITY));
            }
            running.add(ServiceProcess.start(root, service.module(), port, config, logs.resolve(service.module() + ".log")));
        }
        running.add(ServiceProcess.start(root, WebApp.MODULE, webPort, WebApp.config(apiPorts, null),
                logs.resolve(WebApp.MODULE + ".log")));
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        for (ServiceProcess process : running) {
            process.awaitReady(deadline);
        }
    }

    @AfterAll
    static void stopPlatform() {
        running.forEach(ServiceProcess::close);
        stack.close();
    }

    @Test
    void theBrowserTestsPass() throws IOException, InterruptedException {
        UUID organization = createPractice();
        Map<String, Object> tokens = new LinkedHashMap<>();
        tokens.put("owner", stack.tokens().owner(organization));
        tokens.put("assistant", stack.tokens().assistant(organization));
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(stack.tokens().client(organization, UUID.randomUUID()));
        }
        tokens.put("clients", clients);

        Path webui = ServiceProcess.projectRoot(WebApp.MODULE).resolve(WebApp.MODULE).resolve("src/main/webui");
        Path screenshots = ServiceProcess.projectRoot(WebApp.MODULE).resolve("docs/screenshots");
        ProcessBuilder playwright = new ProcessBuilder("npx", "playwright", "test")
                .directory(webui.toFile())
                .redirectErrorStream(true);
        Map<String, String> environment = playwright.environment();
        environment.put("TEMPORA_WEB_URL", "http://localhost:" + webPort);
        apiPorts.forEach((service, port) -> environment.put("TEMPORA_API_" + service.name(), "http://localhost:" + port));
        environment.put("TEMPORA_ORGANIZATION", organization.toString());
        environment.put("TEMPORA_TOKENS", JSON.writeValueAsString(tokens));
        environment.put("TEMPORA_SCREENSHOTS", screenshots.toString());
        Process process = playwright.start();
        // its report goes to this test's output, hence the build's log (the fork's own stdout is Surefire's channel)
        Thread report = new Thread(() -> process.inputReader().lines().forEach(System.out::println), "playwright-report");
        report.setDaemon(true);
        report.start();
        if (!process.waitFor(BROWSER_TESTS_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        report.join(Duration.ofSeconds(10).toMillis());
        assertEquals(0, process.exitValue(), "the browser tests failed (their report is above)");
    }

    /** A practice open every day around the clock: what each test offers is its providers' schedules. */
    private static UUID createPractice() {
        List<Map<String, String>> hours = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
                .stream().map(day -> Map.of("dayOfWeek", day, "start", "00:00", "end", "24:00")).toList();
        String id = given().baseUri("http://localhost:" + apiPorts.get(StackService.PROVIDER))
                .auth().oauth2(stack.tokens().platform())
                .contentType("application/json")
                .body(Map.of("name", "Browser Test Clinic", "slug", "browser-" + UUID.randomUUID().toString().substring(0, 8),
                        "timeZone", "America/New_York", "businessHours", hours, "multiProviderEnabled", true))
                .post("/v1/organizations")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}
