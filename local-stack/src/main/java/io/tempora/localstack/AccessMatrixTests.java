package io.tempora.localstack;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who may call what, checked on the running service: every operation its OpenAPI document
 * lists, called by every kind of caller (each role of the organization, a provider or client
 * whose data it is not, another organization's owner and client, no token, an expired token, a
 * token signed by an unknown key, the platform, another service), each answered as the rules
 * say, and never with a 5xx. A service's test extends it as a {@code @QuarkusTest}, states one
 * {@link Rule} per operation and makes the {@link Fixture} the calls act on; an operation
 * without a rule fails the matrix, so that no endpoint is ever left out.
 */
public abstract class AccessMatrixTests {

    /** Who calls. */
    public enum Who {
        ANONYMOUS(null), OWNER("OWNER"), ADMIN_ASSISTANT("ADMIN_ASSISTANT"),
        PROVIDER("PROVIDER"), OTHER_PROVIDER("PROVIDER"), CLIENT("CLIENT"), OTHER_CLIENT("CLIENT"),
        OTHER_ORGANIZATION_OWNER("OWNER"), OTHER_ORGANIZATION_CLIENT("CLIENT"),
        EXPIRED_OWNER("OWNER"), OWNER_SIGNED_BY_UNKNOWN_KEY("OWNER"),
        PLATFORM("PLATFORM"), SERVICE("SERVICE");

        private final String role;

        Who(String role) {
            this.role = role;
        }

        Optional<String> token(TokenIssuer tokens, Fixture fixture) {
            UUID organization = fixture.organization();
            return Optional.ofNullable(switch (this) {
                case ANONYMOUS -> null;
                case OWNER -> tokens.owner(organization);
                case ADMIN_ASSISTANT -> tokens.assistant(organization);
                case PROVIDER -> tokens.provider(organization, fixture.provider());
                case OTHER_PROVIDER -> tokens.provider(organization, fixture.otherProvider());
                case CLIENT -> tokens.client(organization, fixture.client());
                case OTHER_CLIENT -> tokens.client(organization, UUID.randomUUID());
                case OTHER_ORGANIZATION_OWNER -> tokens.owner(UUID.randomUUID());
                case OTHER_ORGANIZATION_CLIENT -> tokens.client(UUID.randomUUID(), UUID.randomUUID());
                case EXPIRED_OWNER -> tokens.token().organization(organization).roles(role)
                        .expiresAt(Instant.now().minusSeconds(300)).sign();
                case OWNER_SIGNED_BY_UNKNOWN_KEY -> TokenIssuer.stranger().owner(organization);
                case PLATFORM -> tokens.platform();
                case SERVICE -> tokens.service("booking-service");
            });
        }
    }

    /**
     * What the calls act on: an organization, the provider whose data the rules' ids belong to,
     * another provider of the same organization, and the client whose bookings they are.
     */
    public record Fixture(UUID organization, UUID provider, UUID otherProvider, UUID client) {
    }

    /** Who may call one operation, and the path parameters (fresh ones for calls that change them). */
    public static final class Rule {
        private final String method;
        private final String path;
        private final Set<String> roles = new TreeSet<>();
        private final Map<Who, Integer> exceptions = new EnumMap<>(Who.class);
        private boolean open;
        private Function<Fixture, Map<String, Object>> parameters = fixture -> Map.of();
        private Function<Fixture, Object> body = fixture -> Map.of();

        private Rule(String method, String path) {
            this.method = method.toUpperCase(Locale.ROOT);
            this.path = path;
        }

        public static Rule of(String method, String path) {
            return new Rule(method, path);
        }

        /** Roles that may call it. */
        public Rule allows(String... allowed) {
            roles.addAll(List.of(allowed));
            return this;
        }

        /** Callable without a token. */
        public Rule isPublic() {
            open = true;
            return this;
        }

        /**
         * The data is the fixture's provider's or client's: another provider or client of the
         * organization is answered {@code status} (403 where the path names the provider, 404
         * where the record itself says whose it is).
         */
        public Rule ownDataOnly(int status) {
            exceptions.put(Who.OTHER_PROVIDER, status);
            exceptions.put(Who.OTHER_CLIENT, status);
            return this;
        }

        /** Path parameters besides organizationId, made per call where the call consumes them. */
        public Rule with(Function<Fixture, Map<String, Object>> pathParameters) {
            parameters = pathParameters;
            return this;
        }

        /**
         * The body of a POST or PUT; by default {@code {}}, which those allowed get back as 400
         * for its missing fields, and which so changes nothing.
         */
        public Rule body(Function<Fixture, Object> requestBody) {
            body = requestBody;
            return this;
        }

        String key() {
            return method + " " + path;
        }

        Expected expected(Who who) {
            if (exceptions.containsKey(who) && permits(who)) {
                return Expected.status(exceptions.get(who));
            }
            return switch (who) {
                case EXPIRED_OWNER, OWNER_SIGNED_BY_UNKNOWN_KEY -> Expected.status(401);
                // a member of another organization is served as an anonymous visitor on public endpoints
                case OTHER_ORGANIZATION_OWNER, OTHER_ORGANIZATION_CLIENT ->
                        path.startsWith("/v1/organizations/{organizationId}") ? open ? Expected.PASSES : Expected.status(404)
                                : permits(who) ? Expected.PASSES : Expected.status(403);
                case ANONYMOUS -> open ? Expected.PASSES : Expected.status(401);
                default -> permits(who) ? Expected.PASSES : Expected.status(403);
            };
        }

        private boolean permits(Who who) {
            return open || roles.contains(who.role);
        }
    }

    /** The answer a caller must get: exactly a status, or past access control (2xx, or 400/409/422 for the body). */
    record Expected(int status) {
        static final Expected PASSES = new Expected(0);

        static Expected status(int status) {
            return new Expected(status);
        }

        void check(Response response) {
            int actual = response.statusCode();
            if (status == 0) {
                assertTrue(actual / 100 == 2 || actual == 400 || actual == 409 || actual == 422,
                        "expected past access control, got " + actual + ": " + response.asString());
            } else {
                assertEquals(status, actual, "got " + response.asString());
                assertEquals("application/problem+json", response.contentType(), "errors are problems");
            }
        }

        @Override
        public String toString() {
            return status == 0 ? "allowed" : String.valueOf(status);
        }
    }

    protected abstract List<Rule> rules();

    protected abstract Fixture fixture();

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersEveryCallerAsItsRulesSay() {
        TokenIssuer tokens = LocalStackTestResource.shared().tokens();
        Map<String, Rule> rules = new HashMap<>();
        rules().forEach(rule -> rules.put(rule.key(), rule));
        Set<String> documented = documentedOperations();

        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("every documented operation has a rule, every rule an operation", () -> {
            assertEquals(new TreeSet<>(documented), new TreeSet<>(rules.keySet()));
        }));
        Fixture fixture = fixture();
        for (String operation : new TreeSet<>(documented)) {
            Rule rule = rules.get(operation);
            if (rule == null) {
                continue;
            }
            for (Who who : Who.values()) {
                Expected expected = rule.expected(who);
                tests.add(DynamicTest.dynamicTest(operation + " as " + who + " -> " + expected,
                        () -> expected.check(call(rule, who.token(tokens, fixture), fixture))));
            }
        }
        return tests.stream();
    }

    private static Response call(Rule rule, Optional<String> token, Fixture fixture) {
        Map<String, Object> parameters = new HashMap<>(rule.parameters.apply(fixture));
        if (rule.path.contains("{organizationId}")) {
            parameters.put("organizationId", fixture.organization());
        }
        RequestSpecification request = given().noFilters().pathParams(parameters).contentType("application/json");
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        if (rule.method.equals("POST") || rule.method.equals("PUT")) {
            request.body(rule.body.apply(fixture));
        }
        return request.request(rule.method, rule.path);
    }

    private static Set<String> documentedOperations() {
        JsonPath openApi = Management.given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().stream()
                .filter(method -> Set.of("get", "post", "put", "delete", "patch").contains(method))
                .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        return operations;
    }
}
