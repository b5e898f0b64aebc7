package io.tempora.persistence.db;

import java.net.ConnectException;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.StaleStateException;

import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.problem.ProblemTranslator;
import io.tempora.kit.problem.ProblemType;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Words database conflicts that slip past a service's own checks: a lost optimistic version race
 * and a unique or foreign key constraint hit by a concurrent writer become 409s, not 500s.
 * Hibernate Reactive reports them as SQLExceptions, the plain client as PgExceptions ({@link SqlState}).
 * A database out of reach (refused, its connection lost, restarting), or so busy that too many
 * wait for a connection already ({@link DatabasePoolConfig}) or none came free in a pool's time,
 * is a 503 with Retry-After: the transaction did not commit, and the same request sent again will do.
 */
@ApplicationScoped
public class DatabaseProblemTranslator implements ProblemTranslator {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    /** SQLSTATE class 08 (connection exception) and 57P01-57P03 (shut down, crashed, starting). */
    private static final Set<String> UNREACHABLE = Set.of("08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03");
    /** How a transaction on a connection that was lost reports itself: an untyped Vert.x failure. */
    private static final String CONNECTION_NOT_ACTIVE = "Connection is not active now";
    /** How the pool reports that no connection came free in time: untyped Vert.x failures too. */
    private static final Set<String> NO_CONNECTION_IN_TIME = Set.of("Timeout", "Timeout waiting for connection");
    private static final int RETRY_AFTER_SECONDS = 2;

    @Override
    public Optional<ProblemException> translate(Throwable failure) {
        if (failure instanceof StaleStateException || failure instanceof jakarta.persistence.OptimisticLockException) {
            return Optional.of(new ProblemException(ProblemType.CONCURRENT_MODIFICATION,
                    "the resource was changed by someone else meanwhile; read it again and retry"));
        }
        String sqlState = SqlState.of(failure);
        if (UNIQUE_VIOLATION.equals(sqlState)) {
            return Optional.of(ProblemException.conflict("a concurrent change took these values first; read and retry"));
        }
        if (FOREIGN_KEY_VIOLATION.equals(sqlState)) {
            return Optional.of(ProblemException.conflict("the change refers to, or is referred to by, another resource"));
        }
        if (unreachable(failure, sqlState)) {
            return Optional.of(ProblemException.unavailable("the database cannot be reached right now; retry shortly",
                    RETRY_AFTER_SECONDS));
        }
        if (tooBusy(failure)) {
            return Optional.of(ProblemException.unavailable("the database is too busy right now; retry shortly",
                    RETRY_AFTER_SECONDS));
        }
        return Optional.empty();
    }

    /**
     * Whether the failure, or what caused it, is the database out of reach or too busy: a request
     * that failed so must not ask the database anything more (its client is told to retry), since
     * more questions would only lengthen the queue that refused it.
     */
    public static boolean outOfReachOrTooBusy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (unreachable(cause, SqlState.of(cause)) || tooBusy(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(Throwable failure, String sqlState) {
        return failure instanceof ConnectException || failure instanceof ClosedConnectionException
                || sqlState != null && UNREACHABLE.contains(sqlState)
                || failure.getMessage() != null && failure.getMessage().startsWith(CONNECTION_NOT_ACTIVE);
    }

    private static boolean tooBusy(Throwable failure) {
        return failure instanceof ConnectionPoolTooBusyException
                || (failure instanceof VertxException || failure instanceof NoStackTraceThrowable)
                && NO_CONNECTION_IN_TIME.contains(failure.getMessage());
    }
}
