package io.tempora.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The monitoring a platform team deploys watches what the services really expose: every metric an
 * alert or a dashboard panel queries is in some service's {@code /q/metrics} (as its contract test
 * wrote them to {@code target/metrics/}), every alert says what it means and links a runbook
 * section that exists, and Prometheus scrapes the port every Deployment names.
 */
class MonitoringManifestsTest {

    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern GROUPINGS = Pattern.compile("\\b(by|without)\\s*\\([^)]*\\)");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern WORD = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> PROMQL = Set.of("sum", "max", "min", "avg", "count", "rate", "increase", "irate",
            "histogram_quantile", "by", "without", "and", "or", "unless", "on", "ignoring", "group_left", "group_right",
            "abs", "clamp_min", "clamp_max", "topk", "bottomk", "le");
    private static final List<String> SAMPLE_SUFFIXES = List.of("_total", "_bucket", "_count", "_sum");

    private final Manifests prod = Manifests.of("prod");

    @Test
    void everyAlertAndPanelQueriesAMetricSomeServiceExposes() {
        Set<String> exposed = exposedMetricFamilies();
        List<String> queries = new ArrayList<>();
        rules().forEach(rule -> queries.add(rule.path("expr").asText()));
        dashboardPanels().forEach(panel -> panel.path("targets").forEach(target -> queries.add(target.path("expr").asText())));
        assertFalse(queries.isEmpty());
        List<String> unknown = new ArrayList<>();
        for (String query : queries) {
            for (String metric : metricsIn(query)) {
                if (!exposed.contains(metric) && SAMPLE_SUFFIXES.stream().noneMatch(suffix -> metric.endsWith(suffix)
                        && exposed.contains(metric.substring(0, metric.length() - suffix.length())))) {
                    unknown.add(metric + " (in " + query.strip() + ")");
                }
            }
        }
        assertEquals(List.of(), unknown, "metrics no service exposes");
    }

    @Test
    void everyAlertSaysWhatItMeansHowBadAndWhereItsRunbookIs() throws IOException {
        Set<String> sections = Files.readAllLines(Path.of("..", "docs", "operations.md")).stream()
                .filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "")
                        .replace(' ', '-'))
                .collect(Collectors.toSet());
        List<JsonNode> alerts = rules().stream().filter(rule -> rule.has("alert")).toList();
        assertTrue(alerts.size() >= 8, "alerts for the outbox, consumers, dead letters, staleness, errors, latency, pools");
        for (JsonNode alert : alerts) {
            String name = alert.path("alert").asText();
            assertTrue(Set.of("critical", "warning").contains(alert.path("labels").path("severity").asText()), name + " severity");
            assertFalse(alert.path("annotations").path("summary").asText().isBlank(), name + " summary");
            assertFalse(alert.path("annotations").path("description").asText().isBlank(), name + " description");
            String runbook = alert.path("annotations").path("runbook").asText();
            assertTrue(runbook.startsWith("docs/operations.md#") && sections.contains(runbook.substring(runbook.indexOf('#') + 1)),
                    name + " runbook " + runbook + " is a section of docs/operations.md");
        }
    }

    @Test
    void prometheusScrapesTheManagementPortOfEveryService() {
        JsonNode monitor = prod.named("PodMonitor", "tempora").path("spec");
        String port = monitor.path("podMetricsEndpoints").get(0).path("port").asText();
        assertEquals("/q/metrics", monitor.path("podMetricsEndpoints").get(0).path("path").asText());
        for (String service : Manifests.DEPLOYED) {
            JsonNode pod = prod.named("Deployment", service).path("spec").path("template");
            monitor.path("selector").path("matchLabels").fields().forEachRemaining(label -> assertEquals(label.getValue().asText(),
                    pod.path("metadata").path("labels").path(label.getKey()).asText(), service + " is selected"));
            boolean named = StreamSupport.stream(pod.path("spec").path("containers").get(0).path("ports").spliterator(), false)
                    .anyMatch(containerPort -> containerPort.path("name").asText().equals(port)
                            && containerPort.path("containerPort").asInt() == 9000);
            assertTrue(named, service + " names its management port " + port);
            JsonNode ingress = prod.named("NetworkPolicy", service).path("spec").path("ingress");
            assertTrue(StreamSupport.stream(ingress.spliterator(), false).anyMatch(rule -> rule.path("ports").findValuesAsText("port")
                    .contains("9000")), service + " lets Prometheus reach port 9000");
        }
    }

    private List<JsonNode> rules() {
        List<JsonNode> rules = new ArrayList<>();
        prod.named("PrometheusRule", "tempora").path("spec").path("groups")
                .forEach(group -> group.path("rules").forEach(rules::add));
        return rules;
    }

    private List<JsonNode> dashboardPanels() {
        JsonNode data = prod.named("ConfigMap", "tempora-dashboard").path("data");
        try {
            List<JsonNode> panels = new ArrayList<>();
            new ObjectMapper().readTree(data.path("tempora-dashboard.json").asText()).path("panels").forEach(panels::add);
            return panels;
        } catch (IOException e) {
            throw new UncheckedIOException("the dashboard is not JSON", e);
        }
    }

    /** The metric names a PromQL query reads: what remains once label matchers, groupings, ranges, strings and functions are gone. */
    static Set<String> metricsIn(String query) {
        String bare = RANGES.matcher(GROUPINGS.matcher(LABEL_MATCHERS.matcher(query).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ").replaceAll("\"[^\"]*\"", " ");
        Set<String> metrics = new TreeSet<>();
        Matcher words = WORD.matcher(bare);
        while (words.find()) {
            String word = words.group();
            if (!PROMQL.contains(word) && word.contains("_")) {
                metrics.add(word);
            }
        }
        return metrics;
    }

    /** The metric families the services' contract tests found in their /q/metrics. */
    private static Set<String> exposedMetricFamilies() {
        Set<String> families = new TreeSet<>();
        for (String service : Manifests.SERVICES) {
            Path file = Path.of("..", service, "target", "metrics", service + ".txt");
            assertTrue(Files.exists(file), file + " is missing: run " + service + "'s tests first (./mvnw verify runs them before these)");
            try {
                families.addAll(Files.readAllLines(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return families;
    }
}
