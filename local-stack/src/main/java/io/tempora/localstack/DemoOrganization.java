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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The organization a local stack starts with, so that its tokens and its booking page work at once:
 * a demo practice with two providers in their colours and weekly hours, a consultation clients
 * book with either and a six-seat group class, created through provider-service on first start
 * and remembered in the data folder. Its owner's, assistant's, provider's, client's and the platform's tokens are written
 * to {@code tokens.env} there, ready for {@code source} and curl (docs/getting-started.md).
 */
final class DemoOrganization {

    private static final Duration TOKEN_LIFESPAN = Duration.ofDays(30);
    private static final String TIME_ZONE = "America/New_York";
    private static final List<String> WEEKDAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final TokenIssuer tokens;
    private final String providerService;
    private final Path dataDirectory;

    DemoOrganization(TokenIssuer tokens, String providerService, Path dataDirectory) {
        this.tokens = tokens;
        this.providerService = providerService;
        this.dataDirectory = dataDirectory;
    }

    /** Creates the demo practice unless this data folder has it, and writes fresh tokens for it. */
    Path ensureWithTokens() throws IOException, InterruptedException {
        Path remembered = dataDirectory.resolve("demo.properties");
        Properties demo = new Properties();
        if (Files.exists(remembered)) {
            try (var in = Files.newBufferedReader(remembered)) {
                demo.load(in);
            }
        } else {
            UUID organization = create();
            demo.setProperty("organization", organization.toString());
            demo.setProperty("provider", furnish(organization).toString());
            demo.setProperty("client", UUID.randomUUID().toString());
            try (var out = Files.newBufferedWriter(remembered)) {
                demo.store(out, "the demo practice of this data folder");
            }
        }
        return writeTokens(UUID.fromString(demo.getProperty("organization")),
                UUID.fromString(demo.getProperty("provider")), UUID.fromString(demo.getProperty("client")));
    }

    private UUID create() throws IOException, InterruptedException {
        List<Map<String, String>> hours = WEEKDAYS.stream()
                .map(day -> Map.of("dayOfWeek", day, "start", "09:00", "end", "18:00")).toList();
        return post("/v1/organizations", tokens.platform(), Map.of("name", "Demo Practice",
                "slug", "demo-" + UUID.randomUUID().toString().substring(0, 8), "timeZone", TIME_ZONE,
                "businessHours", hours, "multiProviderEnabled", true));
    }

    /** Providers, their hours and two services; answers the provider whose token {@code PROVIDER_TOKEN} is. */
    private UUID furnish(UUID organization) throws IOException, InterruptedException {
        String owner = tokens.owner(organization);
        String base = "/v1/organizations/" + organization;
        UUID doctor = post(base + "/providers", owner, Map.of("type", "INDIVIDUAL", "name", "Dr. Demo",
                "specialties", List.of("General"), "colorCode", "#1E88E5"));
        UUID therapist = post(base + "/providers", owner, Map.of("type", "INDIVIDUAL", "name", "Alex Rivera",
                "specialties", List.of("Massage", "Yoga"), "colorCode", "#8E24AA"));
        String today = LocalDate.now(ZoneId.of(TIME_ZONE)).toString();
        post(base + "/providers/" + doctor + "/schedules", owner, weeklyHours(today, "09:00", "17:00", WEEKDAYS));
        post(base + "/providers/" + therapist + "/schedules", owner, weeklyHours(today, "10:00", "18:00", WEEKDAYS));
        UUID consultation = post(base + "/services", owner, Map.of("name", "Consultation", "durationMinutes", 30,
                "price", usd(60), "providerSelection", "CLIENT_CHOOSES"));
        post(base + "/services/" + consultation + "/providers", owner, Map.of("providerId", doctor, "priority", 0));
        post(base + "/services/" + consultation + "/providers", owner, Map.of("providerId", therapist, "priority", 1,
                "durationMinutes", 45, "price", usd(75)));
        UUID yoga = post(base + "/services", owner, Map.of("name", "Group yoga", "durationMinutes", 60, "capacity", 6,
                "slotStepMinutes", 60, "price", usd(20), "providerSelection", "AUTO_ASSIGN"));
        post(base + "/services/" + yoga + "/providers", owner, Map.of("providerId", therapist, "priority", 0));
        return doctor;
    }

    private static Map<String, Object> weeklyHours(String from, String start, String end, List<String> days) {
        return Map.of("name", "Weekly hours", "effectiveFrom", from, "blocks", days.stream()
                .map(day -> Map.of("dayOfWeek", day, "start", start, "end", end, "type", "AVAILABLE")).toList());
    }

    private static Map<String, Object> usd(int amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    private UUID post(String path, String token, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(providerService + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("creating the demo practice: " + path + " answered "
                    + response.statusCode() + " " + response.body());
        }
        JsonNode created = JSON.readTree(response.body());
        JsonNode id = created.get("id");
        return id == null ? null : UUID.fromString(id.asText());
    }

    private Path writeTokens(UUID organization, UUID provider, UUID client) throws IOException {
        Instant expiresAt = Instant.now().plus(TOKEN_LIFESPAN);
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("ORG", organization.toString());
        variables.put("DEMO_PROVIDER", provider.toString());
        variables.put("DEMO_CLIENT", client.toString());
        variables.put("OWNER_TOKEN", tokens.token().subject("demo-owner").organization(organization)
                .roles("OWNER").expiresAt(expiresAt).sign());
        variables.put("ASSISTANT_TOKEN", tokens.token().subject("demo-assistant").organization(organization)
                .roles("ADMIN_ASSISTANT").expiresAt(expiresAt).sign());
        variables.put("PROVIDER_TOKEN", tokens.token().subject("demo-provider").organization(organization)
                .roles("PROVIDER").provider(provider).expiresAt(expiresAt).sign());
        variables.put("CLIENT_TOKEN", tokens.token().subject(client.toString()).organization(organization)
                .roles("CLIENT").expiresAt(expiresAt).sign());
        variables.put("PLATFORM_TOKEN", tokens.token().subject("platform").roles("PLATFORM").expiresAt(expiresAt).sign());
        StringBuilder env = new StringBuilder("# written by ./stack.sh: source it, then curl -H \"Authorization: Bearer $OWNER_TOKEN\" ...\n");
        variables.forEach((name, value) -> env.append("export ").append(name).append('=').append(value).append('\n'));
        Path file = dataDirectory.resolve("tokens.env");
        Files.writeString(file, env);
        return file;
    }
}
