package io.tempora.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.localstack.ServiceProcess;
import io.tempora.localstack.StackService;
import io.tempora.localstack.TopicWriter;

/**
 * {@code benchmarks/chaos.sh}: books steadily on the whole local stack while, one after another,
 * the Kafka broker, PostgreSQL and each service are killed with SIGKILL and started again, and a
 * fresh availability-service replica is started from Kafka alone; one unreadable record is put on
 * booking.events.v1 on purpose. Then checks that nothing acknowledged was lost or duplicated, no
 * slot holds more than its capacity, and every read model agrees with booking-service's database
 * (see {@link ChaosAudit}), and prints a table ending in a {@code chaos:} line. Exits 1 when a
 * check fails.
 *
 * <p>Arguments: {@code <project root> [operations per second, 50] [seconds of steady traffic between faults, 15]};
 * the stack's data lives in {@code $TEMPORA_STACK_DATA}.
 */
public final class Chaos {

    private static final Duration DOWN = Duration.ofSeconds(10);

    private record Fault(String what, Duration down, Duration recovery, int acknowledgedMeanwhile) {
    }

    private interface Injection {
        void run() throws Exception;
    }

    private final ChaosStack stack;
    private final ChaosClinic clinic;
    private final ChaosTraffic traffic;
    private final Duration steady;
    private final List<Fault> faults = new ArrayList<>();
    private int probes;

    private Chaos(ChaosStack stack, ChaosClinic clinic, ChaosTraffic traffic, Duration steady) {
        this.stack = stack;
        this.clinic = clinic;
        this.traffic = traffic;
        this.steady = steady;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Duration steady = Duration.ofSeconds(args.length > 2 ? Integer.parseInt(args[2]) : 15);
        ChaosStack stack = ChaosStack.start(root, Path.of(System.getenv("TEMPORA_STACK_DATA")));
        // on any exit, Ctrl-C included: the services are processes of their own
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "chaos-shutdown"));
        log("stack ready; setting up the practice");
        ChaosClinic clinic = ChaosClinic.setUp();
        ChaosTraffic traffic = new ChaosTraffic(clinic, stack.tokens(), rate, 20261202L);
        boolean passed = false;
        try {
            passed = new Chaos(stack, clinic, traffic, steady).run(rate);
        } catch (Exception failed) {
            failed.printStackTrace();
        } finally {
            // the traffic's threads would keep the run alive after a failure, until CI's time is up
            System.exit(passed ? 0 : 1);
        }
    }

    private boolean run(int rate) throws Exception {
        String poisonKey = injectPoison();
        log("booking traffic at %d operations/s", rate);
        traffic.start();
        Thread.sleep(steady.toMillis());
        inject("Kafka broker killed (SIGKILL), started again", DOWN, () -> {
            stack.killKafka();
            Thread.sleep(DOWN.toMillis());
            stack.startKafka();
        });
        inject("PostgreSQL killed (SIGKILL, every backend), started again", DOWN, () -> {
            stack.killPostgres();
            Thread.sleep(DOWN.toMillis());
            stack.restartPostgres();
        });
        for (StackService service : StackService.values()) {
            inject(service.module() + " killed (SIGKILL), started again", Duration.ZERO, () -> {
                stack.kill(service);
                stack.start(service);
            });
        }
        Instant freshStarted = Instant.now();
        int acknowledgedBefore = traffic.acknowledged.get();
        try (ServiceProcess fresh = stack.startFreshAvailability()) {
            faults.add(new Fault("a fresh availability-service replica started from Kafka alone (time to ready)", Duration.ZERO,
                    Duration.between(freshStarted, Instant.now()), traffic.acknowledged.get() - acknowledgedBefore));
            log("fresh availability-service ready");
            Thread.sleep(steady.toMillis());
            log("stopping the traffic; waiting for requests under way and their retries");
            traffic.stop();
            return audit(poisonKey);
        }
    }

    /** Injects a fault, waits until the whole stack books again, then lets traffic run steadily. */
    private void inject(String what, Duration down, Injection injection) throws Exception {
        log("fault: %s", what);
        int acknowledgedBefore = traffic.acknowledged.get();
        Instant injected = Instant.now();
        injection.run();
        stack.awaitReady();
        probeBooking();
        Duration recovery = Duration.between(injected, Instant.now());
        log("recovered after %.1f s", recovery.toMillis() / 1000.0);
        Thread.sleep(steady.toMillis());
        faults.add(new Fault(what, down, recovery, traffic.acknowledged.get() - acknowledgedBefore));
    }

    /** An owner's booking through the whole stack, tried until it is acknowledged. */
    private void probeBooking() throws InterruptedException {
        int n = probes++;
        clinic.probe(clinic.consultationSlot(ChaosClinic.DAYS + 2 + n / ChaosClinic.SLOTS_PER_DAY, n % ChaosClinic.SLOTS_PER_DAY),
                Duration.ofSeconds(180));
    }

    /** One record nobody can read on booking.events.v1: the consumer must park it and go on. */
    private String injectPoison() {
        RecordKey key = RecordKey.of(clinic.organization, UUID.randomUUID());
        try (TopicWriter writer = new TopicWriter(stack.kafka())) {
            writer.publishRaw(Topics.BOOKING_EVENTS, key, "{ this is not an event");
        }
        return key.toString();
    }

    private boolean audit(String poisonKey) throws InterruptedException {
        ChaosAudit audit = new ChaosAudit(stack, clinic);
        log("auditing");
        List<String> outbox = ChaosAudit.settled(audit::outboxLeftovers);
        List<ChaosAudit.Row> rows = audit.bookings();
        List<String> lost = ChaosAudit.lost(traffic.ledger(), rows);
        int duplicated = ChaosAudit.duplicated(rows);
        int overbooked = audit.overbooked(rows);
        List<String> occupancy = ChaosAudit.settled(() -> audit.occupancyDisagreements(rows));
        List<String> running = ChaosAudit.settled(() -> audit.availabilityDisagreements(StackService.AVAILABILITY.port(), rows));
        List<String> fresh = ChaosAudit.settled(() -> audit.availabilityDisagreements(ChaosStack.FRESH_AVAILABILITY_PORT, rows));
        List<String> caseloads = ChaosAudit.settled(() -> audit.caseloadDisagreements(rows));
        Map<Boolean, Integer> deadLetters = audit.deadLetters(poisonKey);
        List<String> blocked = stack.blockedThreadWarnings();
        blocked.stream().limit(5).forEach(warning -> log("  %s", warning));
        for (List<String> found : List.of(outbox, lost, occupancy, running, fresh, caseloads)) {
            found.stream().limit(10).forEach(line -> log("  %s", line));
        }

        int acknowledged = traffic.acknowledged.get();
        System.out.println();
        System.out.println("| fault | down | recovered after | bookings acknowledged meanwhile |");
        System.out.println("|---|---|---|---|");
        for (Fault fault : faults) {
            System.out.printf("| %s | %d s | %.1f s | %d |%n", fault.what(), fault.down().toSeconds(),
                    fault.recovery().toMillis() / 1000.0, fault.acknowledgedMeanwhile());
        }
        System.out.println();
        System.out.println("| check | result |");
        System.out.println("|---|---|");
        row("operations sent (bookings, reschedules, cancellations)", traffic.operations.get());
        row("bookings acknowledged (2xx)", acknowledged);
        row("reschedules / cancellations acknowledged", traffic.rescheduled.get() + " / " + traffic.cancelled.get());
        row("refused (409 and other 4xx: slot taken, class full)", traffic.refused.get());
        row("requests sent again after no answer, a 5xx or a 429", traffic.resent.get());
        row("operations without an answer after 2 minutes of retries", traffic.unanswered.get());
        row("operations not sent (over 4,000 under way)", traffic.notSent.get());
        row("bookings in booking-service's database", rows.size());
        row("lost: acknowledged, but missing or not as acknowledged", lost.size());
        row("duplicated: one request, several bookings", duplicated);
        row("overbooked seats", overbooked);
        row("booking.occupancy.v1 disagreeing with the database", occupancy.size());
        row("availability answers disagreeing (running replica)", running.size());
        row("availability answers disagreeing (fresh replica)", fresh.size());
        row("caseload counts disagreeing with a recount", caseloads.size());
        row("outbox rows unpublished or parked", outbox.size());
        row("dead letters (the poison record injected / others)", deadLetters.get(true) + " / " + deadLetters.get(false));
        row("Vert.x blocked-thread warnings in the services' logs", blocked.size());
        System.out.printf("%nchaos: %d faults, %d bookings acknowledged, %d lost, %d duplicated, %d overbooked%n",
                faults.size(), acknowledged, lost.size(), duplicated, overbooked);
        return lost.isEmpty() && duplicated == 0 && overbooked == 0 && occupancy.isEmpty() && running.isEmpty()
                && fresh.isEmpty() && caseloads.isEmpty() && outbox.isEmpty() && deadLetters.get(true) == 1
                && deadLetters.get(false) == 0;
    }

    private static void row(String check, Object result) {
        System.out.printf("| %s | %s |%n", check, result);
    }

    private static void log(String format, Object... args) {
        System.out.printf("[chaos] " + format + "%n", args);
    }
}
