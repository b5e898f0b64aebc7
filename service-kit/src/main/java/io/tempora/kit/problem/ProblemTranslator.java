package io.tempora.kit.problem;

import java.util.Optional;

/**
 * Recognizes a failure from a library (a database conflict, say) and words it as a problem.
 * Implementations are CDI beans; the fallback mapper asks each of them about every cause in the
 * chain of an exception that no dedicated mapper handled, so wrapped failures are found too.
 */
public interface ProblemTranslator {

    Optional<ProblemException> translate(Throwable failure);
}
