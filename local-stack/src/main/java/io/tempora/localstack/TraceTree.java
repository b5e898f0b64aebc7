package io.tempora.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Prints one trace as a tree from the span files of a traced local stack ({@code ./stack.sh
 * --trace}): every span with its service, kind, name, start offset and duration, children under
 * their parent.
 *
 * <p>Arguments: {@code <traces folder> [trace id]}; without an id, the latest trace that holds a
 * booking request ({@code POST .../bookings}).
 */
public final class TraceTree {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TraceTree() {
    }

    public static void main(String[] args) throws IOException {
        List<JsonNode> spans = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        spans.add(JSON.readTree(line));
                    }
                }
            }
        }
        String trace = args.length > 1 ? args[1] : spans.stream()
                .filter(span -> span.path("kind").asText().equals("SERVER") && span.path("name").asText().matches("POST .*/bookings"))
                .max(Comparator.comparingLong(span -> span.path("startEpochNanos").asLong()))
                .map(span -> span.path("trace").asText())
                .orElseThrow(() -> new IllegalStateException("no booking request in " + args[0]));
        List<JsonNode> ofTrace = spans.stream().filter(span -> span.path("trace").asText().equals(trace))
                .sorted(Comparator.comparingLong(span -> span.path("startEpochNanos").asLong())).toList();
        Set<String> ids = ofTrace.stream().map(span -> span.path("span").asText()).collect(Collectors.toSet());
        Map<String, List<JsonNode>> children = new HashMap<>();
        List<JsonNode> roots = new ArrayList<>();
        for (JsonNode span : ofTrace) {
            String parent = span.path("parent").asText(null);
            if (parent == null || !ids.contains(parent)) {
                roots.add(span);
            } else {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(span);
            }
        }
        long start = ofTrace.get(0).path("startEpochNanos").asLong();
        System.out.println("trace " + trace + " (" + ofTrace.size() + " spans; start offset and duration in ms)");
        roots.forEach(root -> print(root, children, start, 0));
    }

    private static void print(JsonNode span, Map<String, List<JsonNode>> children, long start, int depth) {
        System.out.printf("%8.1f %8.1f  %s%-20s %-8s %s%n", (span.path("startEpochNanos").asLong() - start) / 1e6,
                span.path("durationMicros").asLong() / 1e3, "  ".repeat(depth), span.path("service").asText(),
                span.path("kind").asText(), span.path("name").asText());
        children.getOrDefault(span.path("span").asText(), List.of()).forEach(child -> print(child, children, start, depth + 1));
    }
}
