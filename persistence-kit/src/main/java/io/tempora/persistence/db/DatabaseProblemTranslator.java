package io.tempora.persistence.db;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.StaleStateException;

import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.problem.ProblemTranslator;
import io.tempora.kit.problem.ProblemType;

/**
 * Words database conflicts that slip past a service's own checks: a lost optimistic version race
 * and a unique or foreign key constraint hit by a concurrent writer become 409s, not 500s.
 * Hibernate Reactive reports them as SQLExceptions, the plain client as PgExceptions ({@link SqlState}).
 */
@ApplicationScoped
public class DatabaseProblemTranslator implements ProblemTranslator {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

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
        return Optional.empty();
    }
}
