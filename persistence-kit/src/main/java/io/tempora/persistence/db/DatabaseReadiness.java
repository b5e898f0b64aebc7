package io.tempora.persistence.db;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Ready while the database answers through the service's connection pool, busy or not. The
 * question waits in the pool's queue like any request, without a time limit
 * ({@link ShedLoadPoolCreator}); a probe that finds it still waiting reports the pool busy, and
 * only a question that waited longer than {@link DatabasePoolConfig#stuckAfter()} makes the
 * service unready. Quarkus's own check of the pool (disabled) reported a pool whose queue was
 * full as down: under a burst of retries every replica would leave the load balancer at once,
 * and a replica whose clients never stopped never came back (docs/reliability.md).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {

    public static final String NAME = "Database answers through the connection pool";

    private final Pool pool;
    private final DatabasePoolConfig config;
    private final Clock clock;
    private Question pending;

    public DatabaseReadiness(Pool pool, DatabasePoolConfig config, Clock clock) {
        this.pool = pool;
        this.config = config;
        this.clock = clock;
    }

    /** A question to the database, asked at {@code askedAt}, whose answer any number of probes may wait for. */
    private record Question(Instant askedAt, Uni<HealthCheckResponse> answer) {
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        Question question = pendingOrNew();
        return question.answer().ifNoItem().after(config.readinessAnswerWait())
                .recoverWithItem(() -> stillWaiting(question.askedAt()));
    }

    private synchronized Question pendingOrNew() {
        if (pending != null) {
            return pending;
        }
        Uni<HealthCheckResponse> answer = pool.query("SELECT 1").execute()
                .map(rows -> HealthCheckResponse.named(NAME).up().withData("database", "answered").build())
                .onFailure().recoverWithItem(DatabaseReadiness::failed)
                .eventually(this::forgetAnswered)
                .memoize().indefinitely();
        Question question = new Question(clock.instant(), answer);
        pending = question;
        // asked now, whoever waits: a probe that stops waiting leaves the question in the queue
        answer.subscribe().with(response -> {
        });
        return question;
    }

    private synchronized void forgetAnswered() {
        pending = null;
    }

    private static HealthCheckResponse failed(Throwable failure) {
        if (failure instanceof ConnectionPoolTooBusyException) {
            return HealthCheckResponse.named(NAME).up().withData("database", "busy: as many wait as may").build();
        }
        return HealthCheckResponse.named(NAME).down().withData("database", String.valueOf(failure.getMessage())).build();
    }

    private HealthCheckResponse stillWaiting(Instant askedAt) {
        Duration waited = Duration.between(askedAt, clock.instant());
        boolean stuck = waited.compareTo(config.stuckAfter()) > 0;
        return HealthCheckResponse.named(NAME).status(!stuck)
                .withData("database", (stuck ? "stuck: " : "busy: ") + "waiting for a connection for " + waited.toSeconds() + " s")
                .build();
    }
}
