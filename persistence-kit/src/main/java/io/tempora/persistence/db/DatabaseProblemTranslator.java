package io.tempora.persistence.db;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.StaleStateException;

import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.problem.ProblemTranslator;
import io.tempora.kit.problem.ProblemType;
import io.vertx.pgclient.PgException;

/**
 * Words database conflicts that slip past a service's own checks: a lost optimistic version race
 * and a unique constraint hit by a concurrent writer become 409s, not 500s.
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
        if (failure instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
            return Optional.of(ProblemException.conflict("a resource with these values already exists ("
                    + pg.getConstraint() + ")"));
        }
        if (failure instanceof PgException pg && FOREIGN_KEY_VIOLATION.equals(pg.getSqlState())) {
            return Optional.of(ProblemException.conflict("the change refers to, or is referred to by, another resource ("
                    + pg.getConstraint() + ")"));
        }
        return Optional.empty();
    }
}
