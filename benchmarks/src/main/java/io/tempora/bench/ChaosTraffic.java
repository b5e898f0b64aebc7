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
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.JsonNode;

import io.tempora.contracts.EventJson;
import io.tempora.localstack.TokenIssuer;

/**
 * Booking traffic as many clients make it, at a fixed rate whatever the stack's state: new
 * consultations in cold slots (spread over 60 days and 16 providers) and in a few hot ones, seats
 * of six group classes, and reschedules and cancellations of bookings made before. Each client
 * behaves as a well-written app does: a request that gets no answer, a 5xx or a 429 is sent again
 * (the same Idempotency-Key for a creation) with a growing pause, for up to two minutes. What was
 * acknowledged is kept in a ledger for the audit.
 */
final class ChaosTraffic {

    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(120);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final int CLIENTS = 3000;
    private static final int MOST_IN_FLIGHT = 4000;

    /** A booking some client was told exists, with what it was last acknowledged to be. */
    static final class Booked {
        final UUID id;
        final String attempt;
        final UUID client;
        final boolean groupClass;
        volatile UUID provider;
        volatile Instant start;
        volatile boolean cancelled;
        /** A change of it got no answer: whether it happened is unknown, so its state is not checked. */
        volatile boolean uncertain;
        final AtomicBoolean busy = new AtomicBoolean();

        Booked(UUID id, String attempt, UUID client, boolean groupClass, UUID provider, Instant start) {
            this.id = id;
            this.attempt = attempt;
            this.client = client;
            this.groupClass = groupClass;
            this.provider = provider;
            this.start = start;
        }
    }

    private record Answer(int status, JsonNode body) {
        static final Answer NONE = new Answer(-1, null);

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final ChaosClinic clinic;
    private final TokenIssuer tokens;
    private final int rate;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<UUID> clients = new ArrayList<>();
    private final Map<UUID, String> clientTokens = new ConcurrentHashMap<>();
    private final Map<UUID, Booked> ledger = new ConcurrentHashMap<>();
    private final List<Booked> bookedInOrder = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile boolean running;
    private Thread generator;

    final AtomicInteger operations = new AtomicInteger();
    final AtomicInteger acknowledged = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger unanswered = new AtomicInteger();
    final AtomicInteger rescheduled = new AtomicInteger();
    final AtomicInteger cancelled = new AtomicInteger();
    final AtomicInteger resent = new AtomicInteger();
    final AtomicInteger notSent = new AtomicInteger();

    ChaosTraffic(ChaosClinic clinic, TokenIssuer tokens, int rate, long seed) {
        this.clinic = clinic;
        this.tokens = tokens;
        this.rate = rate;
        Random random = new Random(seed);
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(new UUID(random.nextLong(), random.nextLong()));
        }
    }

    /** Every booking a client was told was made, by id. */
    Map<UUID, Booked> ledger() {
        return ledger;
    }

    void start() {
        running = true;
        generator = new Thread(this::generate, "chaos-traffic");
        generator.start();
    }

    /** Stops sending new operations and waits for the ones under way, retries included. */
    void stop() throws InterruptedException {
        running = false;
        generator.join();
        Instant deadline = Instant.now().plus(GIVE_UP_AFTER).plusSeconds(30);
        while (inFlight.get() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    private void generate() {
        long began = System.nanoTime();
        for (long i = 0; running; i++) {
            LockSupport.parkNanos(began + i * 1_000_000_000L / rate - System.nanoTime());
            if (inFlight.get() >= MOST_IN_FLIGHT) {
                notSent.incrementAndGet();
                continue;
            }
            operations.incrementAndGet();
            inFlight.incrementAndGet();
            CompletableFuture<Void> operation;
            try {
                operation = nextOperation(ThreadLocalRandom.current());
            } catch (RuntimeException e) {
                operation = CompletableFuture.failedFuture(e);
            }
            operation.whenComplete((done, failure) -> {
                inFlight.decrementAndGet();
                if (failure != null) {
                    System.err.println("[chaos] operation failed in the generator: " + failure);
                }
            });
        }
    }

    private CompletableFuture<Void> nextOperation(ThreadLocalRandom random) {
        int dice = random.nextInt(100);
        if (dice < 10) {
            return pick(random, false).map(this::reschedule).orElseGet(() -> book(random));
        }
        if (dice < 20) {
            return pick(random, true).map(this::cancel).orElseGet(() -> book(random));
        }
        return book(random);
    }

    /** 70% cold consultations, 10% hot ones (six slots everybody wants), 20% class seats. */
    private CompletableFuture<Void> book(ThreadLocalRandom random) {
        int kind = random.nextInt(100);
        boolean groupClass = kind >= 80;
        UUID provider;
        Instant start;
        if (groupClass) {
            provider = clinic.trainer;
            List<Instant> sessions = clinic.classSessions();
            start = sessions.get(random.nextInt(sessions.size()));
        } else if (kind >= 70) {
            provider = clinic.consultants.get(random.nextInt(2));
            start = clinic.consultationSlot(1, random.nextInt(3));
        } else {
            provider = clinic.consultants.get(random.nextInt(ChaosClinic.CONSULTATION_PROVIDERS));
            start = clinic.consultationSlot(2 + random.nextInt(ChaosClinic.DAYS - 1), random.nextInt(ChaosClinic.SLOTS_PER_DAY));
        }
        UUID client = clients.get(random.nextInt(CLIENTS));
        String attempt = "attempt-" + attempts.incrementAndGet();
        Map<String, Object> body = Map.of("serviceId", groupClass ? clinic.groupClass : clinic.consultation,
                "providerId", provider, "start", start.toString(), "client", Map.of("id", client, "name", attempt));
        return call("POST", clinic.bookings(), client, attempt, body, deadline(), 1).thenAccept(answer -> {
            if (answer.ok()) {
                Booked booked = new Booked(UUID.fromString(answer.body().get("id").asText()), attempt, client, groupClass,
                        provider, start);
                if (ledger.putIfAbsent(booked.id, booked) == null) {
                    bookedInOrder.add(booked);
                    acknowledged.incrementAndGet();
                }
            } else {
                countRefusedOrUnanswered(answer);
            }
        });
    }

    /** Moves a consultation to a cold slot, half the time with another provider. */
    private CompletableFuture<Void> reschedule(Booked booked) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        UUID provider = random.nextBoolean() ? booked.provider
                : clinic.consultants.get(random.nextInt(ChaosClinic.CONSULTATION_PROVIDERS));
        Instant start = clinic.consultationSlot(2 + random.nextInt(ChaosClinic.DAYS - 1), random.nextInt(ChaosClinic.SLOTS_PER_DAY));
        Map<String, Object> body = Map.of("start", start.toString(), "providerId", provider);
        return call("POST", clinic.bookings() + "/" + booked.id + "/reschedule", booked.client, null, body, deadline(), 1)
                .thenAccept(answer -> settle(booked, answer, rescheduled, () -> {
                    booked.provider = provider;
                    booked.start = start;
                }))
                .whenComplete((done, failure) -> booked.busy.set(false));
    }

    /** Cancels a booking; a cancellation sent again, even while the first is under way, is answered as the first. */
    private CompletableFuture<Void> cancel(Booked booked) {
        return call("POST", clinic.bookings() + "/" + booked.id + "/cancel", booked.client, null, Map.of("reason", "chaos"),
                deadline(), 1)
                .thenAccept(answer -> settle(booked, answer, cancelled, () -> booked.cancelled = true))
                .whenComplete((done, failure) -> booked.busy.set(false));
    }

    /**
     * Notes what became of a change of a booking: acknowledged, it is applied to the ledger and
     * counted; unanswered, the booking's state is no longer known.
     */
    private void settle(Booked booked, Answer answer, AtomicInteger acknowledgedChanges, Runnable applyToLedger) {
        if (answer.ok()) {
            applyToLedger.run();
            acknowledgedChanges.incrementAndGet();
        } else {
            if (answer == Answer.NONE) {
                booked.uncertain = true;
            }
            countRefusedOrUnanswered(answer);
        }
    }

    /** A booking nobody is changing right now, still live and with a known state; marked busy. */
    private Optional<Booked> pick(ThreadLocalRandom random, boolean classesToo) {
        for (int tries = 0; tries < 5 && !bookedInOrder.isEmpty(); tries++) {
            Booked candidate = bookedInOrder.get(random.nextInt(bookedInOrder.size()));
            if (!candidate.cancelled && !candidate.uncertain && (classesToo || !candidate.groupClass)
                    && candidate.busy.compareAndSet(false, true)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private void countRefusedOrUnanswered(Answer answer) {
        if (answer == Answer.NONE) {
            unanswered.incrementAndGet();
        } else {
            refused.incrementAndGet();
        }
    }

    private static Instant deadline() {
        return Instant.now().plus(GIVE_UP_AFTER);
    }

    /**
     * Sends the request, and again after no answer, a 5xx or a 429, pausing 0.25 s, 0.5 s, ... up to
     * 8 s with jitter, or at least what the answer's Retry-After asks, until {@code deadline};
     * then {@link Answer#NONE}.
     */
    private CompletableFuture<Answer> call(String method, String url, UUID client, String idempotencyKey, Object body,
                                           Instant deadline, int attempt) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + clientTokens.computeIfAbsent(client,
                        id -> tokens.token().subject(id.toString()).organization(clinic.organization).roles("CLIENT")
                                .expiresAt(Instant.now().plus(Duration.ofHours(6))).sign()))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(EventJson.write(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> failure != null ? null : response)
                .thenCompose(response -> {
                    boolean again = response == null || response.statusCode() >= 500 || response.statusCode() == 429;
                    if (!again) {
                        return CompletableFuture.completedFuture(new Answer(response.statusCode(), json(response.body())));
                    }
                    if (Instant.now().isAfter(deadline)) {
                        return CompletableFuture.completedFuture(Answer.NONE);
                    }
                    resent.incrementAndGet();
                    long backoff = Math.min(8_000, 250L << Math.min(attempt - 1, 5));
                    long pause = Math.max(backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1),
                            retryAfterMillis(response));
                    Executor later = CompletableFuture.delayedExecutor(pause, TimeUnit.MILLISECONDS);
                    return CompletableFuture.supplyAsync(() -> null, later)
                            .thenCompose(ignored -> call(method, url, client, idempotencyKey, body, deadline, attempt + 1));
                });
    }

    /** What the answer's Retry-After asks for (in seconds, as the services send it), or 0. */
    private static long retryAfterMillis(HttpResponse<String> response) {
        return response == null ? 0 : response.headers().firstValue("Retry-After")
                .filter(seconds -> seconds.chars().allMatch(Character::isDigit))
                .map(seconds -> Long.parseLong(seconds) * 1000).orElse(0L);
    }

    private static JsonNode json(String text) {
        try {
            return text == null || text.isEmpty() ? null : EventJson.mapper().readTree(text);
        } catch (java.io.IOException notJson) {
            return null;
        }
    }
}
