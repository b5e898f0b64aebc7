package io.tempora.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tempora.contracts.EventJson;

/**
 * The contended cases of a booking peak, timed on a running stack: many clients asking at the same
 * moment for the 10 morning slots of one provider (a popular practitioner's diary opening), and as
 * many for the seats of one class session (a class's release). Every client sends its own request
 * with its own Idempotency-Key at once; each round books another day or session. Prints, per round,
 * the answers by status, how long the last answer took and the latency percentiles, and counts what
 * booking-service holds afterwards: exactly the slots or seats there are, or the run fails.
 *
 * <p>Arguments: {@code [rounds=5, at most 6] [clients=200]}. Sets up its own practice
 * ({@link ChaosClinic}: a 6-seat class) on the stack benchmarks/load-stack.sh started.
 */
public final class ContendedBookings {

    private static final int SLOTS = 10;

    private final ChaosClinic clinic;
    private final int clients;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization;

    private ContendedBookings(ChaosClinic clinic, int clients) {
        this.clinic = clinic;
        this.clients = clients;
        this.authorization = "Bearer " + Api.TOKENS.ownerOf(clinic.bookings());
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        ContendedBookings run = new ContendedBookings(ChaosClinic.setUp(), clients);
        boolean exact = true;
        System.out.printf("%d clients at once, %d rounds%n", clients, rounds);
        for (int round = 0; round < rounds; round++) {
            exact &= run.forOneProvidersMorning(round);
        }
        for (int round = 0; round < rounds; round++) {
            exact &= run.forOneClassSession(round);
        }
        if (!exact) {
            System.out.println("OVERBOOKED or short: booking-service holds more or fewer bookings than there was room for");
            System.exit(1);
        }
    }

    /** Client i asks for slot i % 10 of the first consultant's morning, {@code round} + 2 days ahead. */
    private boolean forOneProvidersMorning(int round) {
        UUID provider = clinic.consultants.get(0);
        int day = 2 + round;
        List<Map<String, Object>> requests = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            requests.add(request(clinic.consultation, provider, clinic.consultationSlot(day, i % SLOTS)));
        }
        Instant from = clinic.consultationSlot(day, 0);
        return report("%d clients for %d slots of one provider".formatted(clients, SLOTS), all(requests), SLOTS,
                confirmed(provider, from, clinic.consultationSlot(day, SLOTS)));
    }

    /** Every client asks for a seat of the class session {@code round}. */
    private boolean forOneClassSession(int round) {
        Instant session = clinic.classSessions().get(round);
        List<Map<String, Object>> requests = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            requests.add(request(clinic.groupClass, clinic.trainer, session));
        }
        return report("%d clients for one class of %d seats".formatted(clients, ChaosClinic.CLASS_SEATS), all(requests),
                ChaosClinic.CLASS_SEATS, confirmed(clinic.trainer, session, session.plusSeconds(60)));
    }

    private record Round(AnswerTally answers, double lastAfterMillis) {
    }

    /** Sends every request at once, each with its own key, and waits for every answer. */
    private Round all(List<Map<String, Object>> bodies) {
        URI uri = URI.create(clinic.bookings());
        AnswerTally answers = new AnswerTally(bodies.size());
        long began = System.nanoTime();
        for (int i = 0; i < bodies.size(); i++) {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("Authorization", authorization)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(EventJson.write(bodies.get(i)))).build();
            answers.track(i, System.nanoTime(), http.sendAsync(request, HttpResponse.BodyHandlers.discarding()));
        }
        answers.awaitAll();
        return new Round(answers, (System.nanoTime() - began) / 1e6);
    }

    /** Live bookings of the provider starting in {@code [from, to)}, as booking-service lists them. */
    private int confirmed(UUID provider, Instant from, Instant to) {
        return Api.get(clinic.bookings() + "?status=CONFIRMED&providerId=" + provider + "&from=" + from + "&to=" + to)
                .get("totalItems").asInt();
    }

    private static boolean report(String name, Round round, int room, int held) {
        AnswerTally answers = round.answers();
        System.out.printf("%s: answers %s (-1: none), last after %.0f ms; latency ms p50 %.0f, p99 %.0f, max %.0f;"
                        + " %d booked, %d there%n", name, answers.byStatus(), round.lastAfterMillis(),
                answers.percentileMillis(50), answers.percentileMillis(99), answers.maxMillis(), held, room);
        return held == room && answers.count(201) == room;
    }

    private static Map<String, Object> request(UUID service, UUID provider, Instant start) {
        return Map.of("serviceId", service, "providerId", provider, "start", start.toString(),
                "client", Map.of("id", UUID.randomUUID(), "name", "Contending Client"));
    }
}
