package io.tempora.persistence.db;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.tempora.kit.concurrency.Pause;
import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.problem.ProblemType;

/**
 * Runs a transaction again when it loses an optimistic race, a bounded number of times, pausing a
 * random time that grows with each attempt so that the losers of one race do not collide again in
 * lockstep. Pauses run on a Vert.x timer and the next attempt on the caller's Vert.x context,
 * where Hibernate Reactive needs it; no thread ever sleeps.
 *
 * @param attempts   how many times the transaction runs at most
 * @param firstPause the longest pause after the first loss; it doubles each time up to {@code maxPause}
 */
public record RaceRetry(int attempts, Duration firstPause, Duration maxPause) {

    public RaceRetry {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    /**
     * @param transaction a fresh transaction each time it is called
     * @return its result; a 409 when every attempt lost a race
     */
    public <T> Uni<T> run(Supplier<Uni<T>> transaction) {
        return attempt(transaction, 1);
    }

    private <T> Uni<T> attempt(Supplier<Uni<T>> transaction, int attempt) {
        return Uni.createFrom().<T>deferred(transaction::get)
                .onFailure(LostRace::is).recoverWithUni(lost -> attempt >= attempts
                        ? Uni.createFrom().failure(new ProblemException(ProblemType.CONCURRENT_MODIFICATION,
                        "too many concurrent requests for the same time; try again"))
                        : pause(attempt).chain(() -> attempt(transaction, attempt + 1)));
    }

    private Uni<Void> pause(int attempt) {
        long ceiling = Math.min(maxPause.toMillis(), firstPause.toMillis() << Math.min(attempt - 1, 16));
        long millis = 1 + ThreadLocalRandom.current().nextLong(Math.max(ceiling, 1));
        return Pause.onContext(Duration.ofMillis(millis));
    }
}
