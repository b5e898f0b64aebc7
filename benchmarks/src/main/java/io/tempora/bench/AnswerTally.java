package io.tempora.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.tempora.contracts.EventJson;

/**
 * The answers to a batch of requests the load tools send without waiting for each other: how many
 * came with each status (-1: none) and how long each took, from a moment the caller names (when
 * the request was sent, or when it was due), and why those refused were (the problem's detail,
 * when the answer's body was read).
 */
final class AnswerTally {

    private final long[] latencies;
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final Map<String, Integer> refusals = new TreeMap<>();
    private final List<CompletableFuture<Void>> pending = new ArrayList<>();

    AnswerTally(int requests) {
        latencies = new long[requests];
    }

    /** Notes the answer to the request {@code index}, its latency counted from {@code since} ({@link System#nanoTime}). */
    void track(int index, long since, CompletableFuture<? extends HttpResponse<?>> answer) {
        pending.add(answer.handle((response, failure) -> {
            latencies[index] = System.nanoTime() - since;
            // read outside the lock: the answers' threads only wait for each other to count
            String refusal = failure == null && response.statusCode() >= 400 && response.body() instanceof String body
                    ? response.statusCode() + " " + detailOf(body) : null;
            synchronized (byStatus) {
                byStatus.merge(failure == null ? response.statusCode() : -1, 1, Integer::sum);
                if (refusal != null) {
                    refusals.merge(refusal, 1, Integer::sum);
                }
            }
            return null;
        }));
    }

    /** Waits for every answer; the figures below are read after it. */
    void awaitAll() {
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        Arrays.sort(latencies);
    }

    Map<Integer, Integer> byStatus() {
        return byStatus;
    }

    /** The refused answers by status and detail; empty when their bodies were not read. */
    Map<String, Integer> refusals() {
        return refusals;
    }

    private static String detailOf(String problem) {
        try {
            return EventJson.mapper().readTree(problem).path("detail").asText("(no detail)");
        } catch (JsonProcessingException notJson) {
            return "(not a problem document)";
        }
    }

    int count(int status) {
        return byStatus.getOrDefault(status, 0);
    }

    /** The given percentile of the latencies, in milliseconds. */
    double percentileMillis(double percentile) {
        int index = (int) Math.ceil(percentile / 100 * latencies.length) - 1;
        return latencies[Math.max(0, Math.min(latencies.length - 1, index))] / 1e6;
    }

    double maxMillis() {
        return latencies[latencies.length - 1] / 1e6;
    }
}
