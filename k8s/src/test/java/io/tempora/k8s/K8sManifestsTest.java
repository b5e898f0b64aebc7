package io.tempora.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.tempora.contracts.TopicSpec;
import io.tempora.contracts.Topics;

/** What a platform team applies must match what the services are and what they agree on. */
class K8sManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyRenderedDocumentMatchesTheSchemaOfItsKind(String overlay) {
        List<String> violations = Manifests.of(overlay).documents().stream()
                .flatMap(document -> Schemas.violations(document).stream()).toList();
        assertEquals(List.of(), violations);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyTopicOfTheContractsIsAKafkaTopicWithTheSamePartitionsAndConfiguration(String overlay) {
        Map<String, JsonNode> declared = Manifests.of(overlay).ofKind("KafkaTopic").stream()
                .collect(Collectors.toMap(topic -> topic.path("spec").path("topicName").asText(), topic -> topic));
        assertEquals(names(Topics.ALL), new TreeSet<>(declared.keySet()), "KafkaTopics and contracts' Topics.ALL");
        for (TopicSpec topic : Topics.ALL) {
            JsonNode spec = declared.get(topic.name()).path("spec");
            assertEquals(topic.partitions(), spec.path("partitions").asInt(), topic.name() + " partitions");
            topic.config().forEach((key, value) -> assertEquals(value, spec.path("config").path(key).asText(),
                    topic.name() + " " + key));
        }
    }

    @Test
    void everyServiceHasAKafkaUserWhoseAclsNameOnlyTopicsOfTheContracts() {
        Manifests prod = Manifests.of("prod");
        for (String service : Manifests.SERVICES) {
            JsonNode user = prod.named("KafkaUser", service);
            List<String> topics = StreamSupport.stream(user.path("spec").path("authorization").path("acls").spliterator(), false)
                    .filter(acl -> acl.path("resource").path("type").asText().equals("topic"))
                    .map(acl -> acl.path("resource").path("name").asText()).toList();
            assertFalse(topics.isEmpty(), service + " reads or writes some topic");
            assertTrue(names(Topics.ALL).containsAll(topics), service + " ACLs name unknown topics: " + topics);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentIsProbedLimitedLockedDownAndListensWhereItsServiceIsConfiguredTo(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        assertEquals(new TreeSet<>(Manifests.DEPLOYED), names(manifests.ofKind("Deployment")), "one Deployment per service");
        for (String service : Manifests.DEPLOYED) {
            ServiceConfig config = ServiceConfig.of(service);
            JsonNode pod = manifests.named("Deployment", service).path("spec").path("template");
            JsonNode container = pod.path("spec").path("containers").path(0);
            String where = overlay + " " + service + ": ";

            JsonNode port = container.path("ports").path(0);
            assertEquals(config.httpPort(), port.path("containerPort").asInt(), where + "container port");
            JsonNode management = StreamSupport.stream(container.path("ports").spliterator(), false)
                    .filter(declared -> declared.path("containerPort").asInt() == config.managementPort())
                    .findFirst().orElseThrow(() -> new AssertionError(where + "declares the management port"));
            assertProbe(container.path("readinessProbe"), config.healthPath("ready"), management, where + "readiness");
            assertProbe(container.path("livenessProbe"), config.healthPath("live"), management, where + "liveness");
            assertProbe(container.path("startupProbe"), config.healthPath("started"), management, where + "startup");
            assertTrue(StreamSupport.stream(manifests.named("Service", service).path("spec").path("ports").spliterator(), false)
                    .noneMatch(exposed -> exposed.path("targetPort").asText().equals(management.path("name").asText())
                            || exposed.path("targetPort").asInt() == config.managementPort()),
                    where + "the Service, and so the ingress, never reaches the management interface");

            JsonNode service_ = manifests.named("Service", service).path("spec").path("ports").path(0);
            assertTrue(service_.path("targetPort").asText().equals(port.path("name").asText())
                    || service_.path("targetPort").asInt() == config.httpPort(), where + "Service targets the container port");

            JsonNode annotations = pod.path("metadata").path("annotations");
            assertEquals("true", annotations.path("prometheus.io/scrape").asText(), where + "scraped by Prometheus");
            assertEquals(config.metricsPath(), annotations.path("prometheus.io/path").asText(), where + "metrics path");
            assertEquals(String.valueOf(config.managementPort()), annotations.path("prometheus.io/port").asText(),
                    where + "metrics port");

            JsonNode resources = container.path("resources");
            assertFalse(resources.path("requests").path("cpu").isMissingNode(), where + "CPU request");
            assertFalse(resources.path("requests").path("memory").isMissingNode(), where + "memory request");
            assertFalse(resources.path("limits").path("memory").isMissingNode(), where + "memory limit");

            assertTrue(pod.path("spec").path("securityContext").path("runAsNonRoot").asBoolean(), where + "runs as non-root");
            JsonNode locked = container.path("securityContext");
            assertTrue(locked.path("readOnlyRootFilesystem").asBoolean(), where + "read-only root file system");
            assertFalse(locked.path("allowPrivilegeEscalation").asBoolean(true), where + "no privilege escalation");
            assertEquals("ALL", locked.path("capabilities").path("drop").path(0).asText(), where + "drops all capabilities");
            long preStop = container.path("lifecycle").path("preStop").path("sleep").path("seconds").asLong();
            assertTrue(pod.path("spec").path("terminationGracePeriodSeconds").asLong() > preStop + config.shutdownTimeoutSeconds(),
                    where + "the grace period covers the pre-stop pause and quarkus.shutdown.timeout");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void configurationComesOnlyFromConfigMapsAndSecrets(String overlay) {
        for (JsonNode deployment : Manifests.of(overlay).ofKind("Deployment")) {
            JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").path(0);
            for (JsonNode variable : container.path("env")) {
                assertTrue(variable.path("value").isMissingNode() && (variable.path("valueFrom").has("secretKeyRef")
                                || variable.path("valueFrom").has("configMapKeyRef")),
                        deployment.path("metadata").path("name").asText() + " sets " + variable.path("name").asText()
                                + " in place instead of from a ConfigMap or Secret");
            }
            for (JsonNode source : container.path("envFrom")) {
                assertTrue(source.has("configMapRef") || source.has("secretRef"));
            }
        }
    }

    @Test
    void everyServiceWithADatabaseHasItsOwnDatabaseAndRoleInTheCluster() {
        Manifests prod = Manifests.of("prod");
        Set<String> roles = StreamSupport.stream(prod.named("Cluster", "tempora-postgres").path("spec").path("managed")
                        .path("roles").spliterator(), false).map(role -> role.path("name").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, String> owners = prod.ofKind("Database").stream().collect(Collectors.toMap(
                database -> database.path("spec").path("name").asText(), database -> database.path("spec").path("owner").asText()));
        for (String service : Manifests.SERVICES) {
            String url = prod.named("ConfigMap", service).path("data").path("QUARKUS_DATASOURCE_REACTIVE_URL").asText(null);
            if (url == null) {
                continue;
            }
            String database = url.substring(url.lastIndexOf('/') + 1);
            assertTrue(owners.containsKey(database), service + "'s database " + database + " is in the cluster");
            assertTrue(roles.contains(owners.get(database)), database + " is owned by a managed role");
        }
        assertEquals(3, owners.size(), "provider, resource and booking each have a database");
    }

    /** Every replica at its autoscaler's maximum, each with its full pool and Flyway's, fits PostgreSQL. */
    @Test
    void everyReplicaAtTheAutoscalersMaximumFitsPostgresConnections() {
        Manifests prod = Manifests.of("prod");
        int maximumConnections = prod.named("Cluster", "tempora-postgres").path("spec").path("postgresql")
                .path("parameters").path("max_connections").asInt();
        int reservedForOperatorsAndMonitoring = 20;
        int needed = 0;
        for (String service : Manifests.SERVICES) {
            JsonNode config = prod.named("ConfigMap", service).path("data");
            if (config.path("QUARKUS_DATASOURCE_REACTIVE_URL").isMissingNode()) {
                continue;
            }
            assertFalse(config.path("QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE").isMissingNode(),
                    service + " states its pool size");
            int perReplica = config.path("QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE").asInt()
                    + ServiceConfig.of(service).jdbcPoolMaximum();
            needed += perReplica * prod.named("HorizontalPodAutoscaler", service).path("spec").path("maxReplicas").asInt();
        }
        assertTrue(needed <= maximumConnections - reservedForOperatorsAndMonitoring, needed
                + " connections at the autoscalers' maximum; PostgreSQL allows " + maximumConnections);
    }

    @Test
    void onlyTheServicesReachPostgresAndKafka() {
        Manifests prod = Manifests.of("prod");
        JsonNode postgres = prod.named("NetworkPolicy", "tempora-postgres").path("spec");
        assertEquals("tempora-postgres", postgres.path("podSelector").path("matchLabels").path("cnpg.io/cluster").asText());
        assertEquals(Set.of("provider-service", "resource-service", "booking-service"),
                appsAdmitted(postgres.path("ingress").path(0)));
        JsonNode kafka = prod.named("NetworkPolicy", "tempora-kafka").path("spec");
        assertEquals("tempora-kafka", kafka.path("podSelector").path("matchLabels").path("strimzi.io/cluster").asText());
        assertEquals(new TreeSet<>(Manifests.SERVICES), appsAdmitted(kafka.path("ingress").path(0)));
    }

    private static Set<String> appsAdmitted(JsonNode rule) {
        return StreamSupport.stream(rule.path("from").spliterator(), false)
                .map(peer -> peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void productionRunsSpreadReplicasWithAutoscalersAndDisruptionBudgetsAndDevelopmentOneOfEach() {
        Manifests prod = Manifests.of("prod");
        for (String service : Manifests.DEPLOYED) {
            JsonNode deployment = prod.named("Deployment", service);
            assertTrue(deployment.path("spec").path("replicas").asInt() >= 2, service + " has two replicas or more");
            assertFalse(deployment.path("spec").path("template").path("spec").path("affinity").path("podAntiAffinity")
                    .isMissingNode(), service + " keeps its replicas on different nodes");
            assertTrue(prod.named("HorizontalPodAutoscaler", service).path("spec").path("minReplicas").asInt() >= 2);
            prod.named("PodDisruptionBudget", service);
            prod.named("NetworkPolicy", service);
        }
        Manifests dev = Manifests.of("dev");
        dev.ofKind("Deployment").forEach(deployment -> assertEquals(1, deployment.path("spec").path("replicas").asInt()));
        assertEquals(List.of(), dev.ofKind("HorizontalPodAutoscaler"));
        assertEquals(List.of(), dev.ofKind("PodDisruptionBudget"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachDeploymentRunsTheImageItsServiceBuildsFromTheRegistryAndTagOfTheOverlay(String overlay) {
        for (String service : Manifests.DEPLOYED) {
            String image = Manifests.of(overlay).named("Deployment", service)
                    .path("spec").path("template").path("spec").path("containers").path(0).path("image").asText();
            String built = ServiceConfig.of(service).imageName();
            assertTrue(image.matches("[a-z0-9.-]+(:\\d+)?/" + built + ":[\\w.-]+"),
                    overlay + " runs " + image + ", not " + built + " from a registry with a tag");
        }
    }

    private static void assertProbe(JsonNode probe, String path, JsonNode port, String what) {
        assertEquals(path, probe.path("httpGet").path("path").asText(), what + " probe path");
        String probed = probe.path("httpGet").path("port").asText();
        assertTrue(probed.equals(port.path("name").asText()) || probed.equals(port.path("containerPort").asText()),
                what + " probe port " + probed);
    }

    private static Set<String> names(List<?> items) {
        return items.stream().map(item -> item instanceof TopicSpec topic ? topic.name()
                        : ((JsonNode) item).path("metadata").path("name").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
