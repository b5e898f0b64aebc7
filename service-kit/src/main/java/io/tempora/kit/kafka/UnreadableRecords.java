package io.tempora.kit.kafka;

import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Tells a record nobody can apply (its key or value cannot be read) from a failure of the moment. */
final class UnreadableRecords {

    private UnreadableRecords() {
    }

    /** Whether the failure, or one of its causes, is a record that cannot be read: no second try mends it. */
    static boolean cannotBeRead(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException || cause instanceof JsonProcessingException
                    || cause instanceof UncheckedIOException) {
                return true;
            }
        }
        return false;
    }
}
