package io.tempora.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import io.tempora.kit.problem.ProblemType;
import io.tempora.localstack.MovingClock;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** When new work may join the pool's queue: not when it is full, nor when it has stood long enough to be noticed. */
class DatabaseQueueTest {

    private static final int MAX_WAITING = 10;
    private static final long TARGET = 50;
    private static final long INTERVAL = 100;
    private static final Instant START = Instant.parse("2026-12-04T09:00:00Z");

    private final MovingClock clock = new MovingClock(START);
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final DatabaseQueue queue = new DatabaseQueue(new Limits(), clock, metrics);

    @Test
    void aBurstIsLetInWhileItsConnectionsHaveComeLateForLessThanTheInterval() {
        asked(8);
        queue.handedAfter(0);
        clock.advance(Duration.ofMillis(60));
        queue.handedAfter(60);
        clock.advance(Duration.ofMillis(INTERVAL - 1));
        queue.handedAfter(159);

        assertTrue(letIn(), "the first late connection came " + (INTERVAL - 1) + " ms ago");
    }

    @Test
    void aQueueWhoseConnectionsAllCameLateForTheIntervalIsNotJoinedUntilOneComesInTime() {
        asked(8);
        queue.handedAfter(TARGET + 1);
        clock.advance(Duration.ofMillis(INTERVAL / 2));
        queue.handedAfter(TARGET + 40);
        clock.advance(Duration.ofMillis(INTERVAL / 2));
        queue.handedAfter(TARGET + 80);

        Throwable refusal = refusal();
        assertInstanceOf(ConnectionPoolTooBusyException.class, refusal);
        assertEquals(ProblemType.UNAVAILABLE, new DatabaseProblemTranslator().translate(refusal).orElseThrow().type(),
                "told to retry shortly, as when the queue is full");

        queue.handedAfter(TARGET);
        assertTrue(letIn(), "a connection came within the target: the queue is short again");
        assertEquals(1, turnedAway("queue-standing"));
        assertEquals(0, turnedAway("queue-full"));
    }

    @Test
    void aFullQueueIsNotJoinedEvenWhenItsConnectionsComeInTime() {
        asked(MAX_WAITING + 1);
        queue.handedAfter(0);
        assertFalse(letIn());
        queue.handedAfter(0);
        assertTrue(letIn());
        assertEquals(1, turnedAway("queue-full"));
    }

    @Test
    void aDatabaseOutOfReachNeitherStartsNorEndsAStandingQueue() {
        asked(6);
        queue.handedAfter(TARGET + 1);
        clock.advance(Duration.ofMillis(INTERVAL));
        queue.refused();
        assertFalse(letIn(), "still late, and still waited for");
        queue.handedAfter(0);
        queue.refused();
        assertTrue(letIn(), "came in time last, whatever failed after, while others still wait");
    }

    @Test
    void aQueueThatEmptiedNoLongerStandsHoweverLateItsLastConnectionsCame() {
        asked(2);
        queue.handedAfter(TARGET * 10);
        clock.advance(Duration.ofMillis(INTERVAL * 5));
        queue.handedAfter(TARGET * 10);
        clock.advance(Duration.ofMinutes(10));
        asked(1);

        assertTrue(letIn(), "the one waiting now asked after a quiet spell");
    }

    /** One step of the pool's life: time passes, then a request asks, is handed a connection, or is refused one. */
    record Step(long millisLater, Kind kind, long waitedMillis) {
        enum Kind { ASKED, HANDED, REFUSED }
    }

    @Property(tries = 500)
    void newWorkIsRefusedExactlyWhenTheQueueIsFullOrHasStoodForTheInterval(@ForAll("lives") List<Step> life) {
        MovingClock clock = new MovingClock(START);
        DatabaseQueue queue = new DatabaseQueue(new Limits(), clock, new SimpleMeterRegistry());
        List<long[]> handouts = new ArrayList<>();
        int waiting = 0;
        int sinceEmptied = 0;
        for (Step step : life) {
            clock.advance(Duration.ofMillis(step.millisLater()));
            switch (step.kind()) {
                case ASKED -> {
                    queue.waitStarted();
                    waiting++;
                }
                case HANDED -> {
                    if (waiting == 0) {
                        continue;
                    }
                    queue.handedAfter(step.waitedMillis());
                    handouts.add(new long[] {clock.millis(), step.waitedMillis()});
                    waiting--;
                    sinceEmptied = waiting == 0 ? handouts.size() : sinceEmptied;
                }
                case REFUSED -> {
                    if (waiting == 0) {
                        continue;
                    }
                    queue.refused();
                    waiting--;
                    sinceEmptied = waiting == 0 ? handouts.size() : sinceEmptied;
                }
            }
            assertEquals(refusedByTheDefinition(handouts.subList(sinceEmptied, handouts.size()), waiting, clock.millis()),
                    refusal(queue) != null,
                    "after " + step + " with " + waiting + " waiting");
        }
    }

    /**
     * Refused when the queue is full, or when something waits and the connections handed out
     * since the queue last emptied and the last one that came in time all came late, the first of
     * them an interval ago or more.
     */
    private static boolean refusedByTheDefinition(List<long[]> handouts, int waiting, long now) {
        if (waiting >= MAX_WAITING) {
            return true;
        }
        int lateFrom = handouts.size();
        while (lateFrom > 0 && handouts.get(lateFrom - 1)[1] > TARGET) {
            lateFrom--;
        }
        return waiting > 0 && lateFrom < handouts.size() && now - handouts.get(lateFrom)[0] >= INTERVAL;
    }

    @Provide
    Arbitrary<List<Step>> lives() {
        Arbitrary<Step> step = Arbitraries.longs().between(0, 60).flatMap(later -> Arbitraries.of(Step.Kind.class)
                .flatMap(kind -> Arbitraries.longs().between(0, 2 * TARGET).map(waited -> new Step(later, kind, waited))));
        return step.list().ofMinSize(1).ofMaxSize(80);
    }

    /** What operators see of the refusals. */
    private double turnedAway(String reason) {
        return metrics.counter("tempora.database.turned.away", "reason", reason).count();
    }

    private void asked(int requests) {
        for (int i = 0; i < requests; i++) {
            queue.waitStarted();
        }
    }

    private boolean letIn() {
        return refusal() == null;
    }

    private Throwable refusal() {
        return refusal(queue);
    }

    private static Throwable refusal(DatabaseQueue queue) {
        UniAssertSubscriber<Void> subscriber = queue.roomForOneMore().subscribe().withSubscriber(UniAssertSubscriber.create());
        return subscriber.getFailure();
    }

    private static final class Limits implements DatabasePoolConfig {
        @Override
        public int maxWaiting() {
            return MAX_WAITING;
        }

        @Override
        public Duration connectionWait() {
            return Duration.ofSeconds(5);
        }

        @Override
        public Duration queueTarget() {
            return Duration.ofMillis(TARGET);
        }

        @Override
        public Duration queueInterval() {
            return Duration.ofMillis(INTERVAL);
        }

        @Override
        public Duration readinessAnswerWait() {
            return Duration.ofSeconds(1);
        }

        @Override
        public Duration stuckAfter() {
            return Duration.ofSeconds(90);
        }
    }
}
