package io.tempora.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The documents an overlay renders to, as {@code kubectl kustomize} gives them to a cluster. */
record Manifests(String overlay, List<JsonNode> documents) {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** The services every overlay deploys. */
    static final List<String> SERVICES =
            List.of("availability-service", "provider-service", "resource-service", "booking-service");
    /** Everything every overlay runs: the services and the web app, each a Deployment of its own. */
    static final List<String> DEPLOYED = Stream.concat(SERVICES.stream(), Stream.of("web")).toList();
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    /** The overlay as kubectl renders it, once per test run: every test class reads the same documents. */
    static Manifests of(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Manifests::render);
    }

    private static Manifests render(String overlay) {
        Path folder = Path.of("overlays", overlay).toAbsolutePath();
        try {
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", folder.toString()).redirectErrorStream(true).start();
            String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + folder + " failed:\n" + output);
            }
            return new Manifests(overlay, YAML.readValues(YAML.createParser(output), JsonNode.class).readAll().stream()
                    .filter(document -> !document.isEmpty()).toList());
        } catch (IOException e) {
            throw new AssertionError("kubectl is needed to render " + folder + " (.ci/run installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    List<JsonNode> ofKind(String kind) {
        return documents.stream().filter(document -> document.path("kind").asText().equals(kind)).toList();
    }

    JsonNode named(String kind, String name) {
        return ofKind(kind).stream().filter(document -> document.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + " has no " + kind + " " + name));
    }
}
