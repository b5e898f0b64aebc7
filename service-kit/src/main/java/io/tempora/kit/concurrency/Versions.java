package io.tempora.kit.concurrency;

import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.problem.ProblemType;

/** Optimistic concurrency as every update endpoint applies it: the client sends the version it read. */
public final class Versions {

    private Versions() {
    }

    /**
     * @param expected the version the client sent; required
     * @throws ProblemException 400 naming {@code version} when it is missing, 409 when it is stale
     */
    public static void require(String what, Object id, long current, Long expected) {
        if (expected == null) {
            throw ProblemException.invalidField("version", "send the version you read to change the " + what);
        }
        if (current != expected) {
            throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION, what + " " + id + " is at version "
                    + current + ", not " + expected + "; read it again and retry");
        }
    }
}
