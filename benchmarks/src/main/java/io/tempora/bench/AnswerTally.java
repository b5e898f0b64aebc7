package io.tempora.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

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
    private final int[] statuses;
    private final Map<String, Integer> refusals = new TreeMap<>();
    private final List<CompletableFuture<Void>> pending = new ArrayList<>();

    AnswerTally(int requests) {
        latencies = new long[requests];
        statuses = new int[requests];
    }

    /** Notes the answer to the request {@code index}, its latency counted from {@code since} ({@link System#nanoTime}). */
    void track(int index, long since, CompletableFuture<? extends HttpResponse<?>> answer) {
        pending.add(answer.handle((response, failure) -> {
            latencies[index] = System.nanoTime() - since;
            statuses[index] = failure == null ? response.statusCode() : -1;
            if (failure == null && response.statusCode() >= 400 && response.body() instanceof String body) {
                // read outside the lock: the answers' threads only wait for each other to count
                String refusal = response.statusCode() + " " + detailOf(body);
                synchronized (refusals) {
                    refusals.merge(refusal, 1, Integer::sum);
                }
            }
            return null;
        }));
    }

    /** Waits for every answer; the figures below are read after it. */
    void awaitAll() {
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    }

    /** How many answers came with each status ({@code -1}: none came). */
    Map<Integer, Integer> byStatus() {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        for (int status : statuses) {
            byStatus.merge(status, 1, Integer::sum);
        }
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
        return (int) IntStream.of(statuses).filter(answered -> answered == status).count();
    }

    /** The given percentile of all the latencies, in milliseconds. */
    double percentileMillis(double percentile) {
        return latencies(status -> true).percentileMillis(percentile);
    }

    double maxMillis() {
        return latencies(status -> true).maxMillis();
    }

    /** The latencies of the answers whose status passes ({@code -1}: none came). */
    Latencies latencies(IntPredicate status) {
        return new Latencies(IntStream.range(0, latencies.length).filter(index -> status.test(statuses[index]))
                .mapToLong(index -> latencies[index]).sorted().toArray());
    }

    /**
     * Second by second of a run sent at {@code rate} a second (request {@code i} due in second
     * {@code i / rate}): the slowest answer's latency in milliseconds and how many were not 201, for
     * telling a tail spread over the run from one made by a few stalls.
     */
    String bySecond(int rate) {
        StringBuilder slowest = new StringBuilder("slowest answer by second (ms):");
        StringBuilder refused = new StringBuilder("answers other than 201 by second:");
        for (int second = 0; second * rate < latencies.length; second++) {
            long worst = 0;
            int others = 0;
            for (int index = second * rate; index < Math.min(latencies.length, (second + 1) * rate); index++) {
                worst = Math.max(worst, latencies[index]);
                others += statuses[index] == 201 ? 0 : 1;
            }
            slowest.append(' ').append(worst / 1_000_000);
            refused.append(' ').append(others);
        }
        return slowest + System.lineSeparator() + refused;
    }

    /** Latencies, sorted. */
    record Latencies(long[] sortedNanos) {

        double percentileMillis(double percentile) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
        }

        double maxMillis() {
            return percentileMillis(100);
        }

        /** p50 to p99.9 and the maximum, in milliseconds, for a line of a report. */
        String summary() {
            return String.format("p50 %.1f, p90 %.1f, p99 %.1f, p99.9 %.1f, max %.1f (%d answers)", percentileMillis(50),
                    percentileMillis(90), percentileMillis(99), percentileMillis(99.9), maxMillis(), sortedNanos.length);
        }
    }
}
