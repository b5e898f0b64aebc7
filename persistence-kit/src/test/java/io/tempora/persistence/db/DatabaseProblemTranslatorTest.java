package io.tempora.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Optional;

import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.problem.ProblemType;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/** The failures a database restart shows a service, each as the problem mapper meets it on the cause chain. */
class DatabaseProblemTranslatorTest {

    private final DatabaseProblemTranslator translator = new DatabaseProblemTranslator();

    @Test
    void aDatabaseOutOfReachIsA503WithRetryAfter() {
        for (Throwable unreachable : new Throwable[] {
                new ConnectException("Connection refused: /127.0.0.1:5432"),
                ClosedConnectionException.INSTANCE,
                new PgException("terminating connection due to administrator command", "FATAL", "57P01", null),
                new PgException("the database system is starting up", "FATAL", "57P03", null),
                new SQLException("connection failure", "08006")}) {
            ProblemException problem = translator.translate(unreachable).orElseThrow();
            assertEquals(ProblemType.UNAVAILABLE, problem.type(), unreachable.toString());
            assertTrue(problem.retryAfterSeconds() > 0, unreachable.toString());
        }
    }

    @Test
    void noConnectionFreeInTimeOrTooManyWaitingIsA503WithRetryAfter() {
        // as Hibernate Reactive's sessions and the plain pool's queries report it
        for (Throwable busy : new Throwable[] {new NoStackTraceThrowable("Timeout"),
                new VertxException("Timeout waiting for connection", true),
                new ConnectionPoolTooBusyException("Connection pool reached max wait queue size of 200")}) {
            ProblemException problem = translator.translate(busy).orElseThrow();
            assertEquals(ProblemType.UNAVAILABLE, problem.type(), busy.toString());
            assertTrue(problem.getMessage().contains("busy"), problem.getMessage());
            assertTrue(problem.retryAfterSeconds() > 0, busy.toString());
        }
    }

    @Test
    void failuresThatAreNotTheDatabasesAreLeftToOthers() {
        // the wrappers met first on a chain, and failures of the service itself
        for (Throwable other : new Throwable[] {
                new HibernateException(ClosedConnectionException.INSTANCE),
                new IllegalStateException("a bug"),
                new RuntimeException((String) null),
                new VertxException("Timeout of 3000 ms exceeded while sending a record"),
                new PgException("division by zero", "ERROR", "22012", null)}) {
            assertEquals(Optional.empty(), translator.translate(other), other.toString());
        }
    }

    @Test
    void conflictsStayConflicts() {
        ProblemException unique = translator.translate(new PgException("duplicate key", "ERROR", "23505", null)).orElseThrow();
        assertEquals(ProblemType.CONFLICT, unique.type());
    }
}
