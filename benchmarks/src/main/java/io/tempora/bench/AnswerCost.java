package io.tempora.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

/**
 * What one "any provider" answer costs a client on an otherwise idle stack, by range and form: one
 * client asks the same question again and again (with the answer cache off, each is computed) and
 * prints a row per range and form: the answer's starts and candidates, its bytes plain and gzipped,
 * and how long it took from sending to the last byte (median, 90th percentile, slowest). An answer
 * refused (the service's limit on candidates per answer) prints its status and detail instead.
 *
 * <p>Arguments: {@code <organization> <service> <first date> <providers> <seconds per row> <days>...}.
 */
public final class AnswerCost {

    private static final String AVAILABILITY = "http://127.0.0.1:8080";
    /** Each row warms the question up this long before it measures: a new range or form runs new code paths. */
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final int LEAST_ANSWERS = 5;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private AnswerCost() {
    }

    public static void main(String[] args) throws Exception {
        String org = args[0];
        String service = args[1];
        LocalDate from = LocalDate.parse(args[2]);
        String providers = args[3];
        Duration measured = Duration.ofSeconds(Long.parseLong(args[4]));
        for (int i = 5; i < args.length; i++) {
            int days = Integer.parseInt(args[i]);
            String question = AVAILABILITY + "/v1/organizations/" + org + "/availability?serviceId=" + service
                    + "&from=" + from + "&to=" + from.plusDays(days - 1);
            for (String form : List.of("full", "compact")) {
                System.out.println(row(providers, days, form, "full".equals(form) ? question : question + "&form=compact",
                        measured));
            }
        }
    }

    private static String row(String providers, int days, String form, String question, Duration measured)
            throws IOException, InterruptedException {
        String label = "providers=" + providers + " days=" + days + " form=" + form + ": ";
        HttpResponse<byte[]> first = ask(question, false);
        if (first.statusCode() != 200) {
            return label + "answered " + first.statusCode() + " " + new String(first.body(), StandardCharsets.UTF_8);
        }
        String answer = new String(first.body(), StandardCharsets.UTF_8);
        // the full form names every candidate's seats; the compact one its starts' providers by index
        String counted = "full".equals(form)
                ? occurrences(answer, "\"start\"") + " starts, " + occurrences(answer, "\"remainingSeats\"") + " candidates, "
                : "";
        long gzipped = ask(question, true).body().length;
        long warmUntil = System.nanoTime() + WARM_UP.toNanos();
        while (System.nanoTime() < warmUntil) {
            ask(question, false);
        }
        LongStream.Builder nanos = LongStream.builder();
        int answers = 0;
        long measureUntil = System.nanoTime() + measured.toNanos();
        for (; System.nanoTime() < measureUntil || answers < LEAST_ANSWERS; answers++) {
            long sent = System.nanoTime();
            ask(question, false);
            nanos.add(System.nanoTime() - sent);
        }
        AnswerTally.Latencies latencies = new AnswerTally.Latencies(nanos.build().sorted().toArray());
        return label + counted + first.body().length + " bytes (gzipped " + gzipped + "), " + answers
                + " answers: p50 " + format(latencies.percentileMillis(50)) + " ms, p90 "
                + format(latencies.percentileMillis(90)) + " ms, max " + format(latencies.maxMillis()) + " ms";
    }

    private static HttpResponse<byte[]> ask(String question, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(question)).timeout(Duration.ofSeconds(60));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static String format(double millis) {
        return millis < 10 ? String.format("%.2f", millis) : String.format("%.0f", millis);
    }
}
