package io.tempora.kit.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown (or failed with, in a Mutiny pipeline) by service logic to answer with a problem.
 * The factories name the common cases so that every service words them the same way.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions;
    private final Integer retryAfterSeconds;

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors,
                            Map<String, Object> extensions, Integer retryAfterSeconds) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(type, detail, errors, Map.of(), null);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** Input that breaks rules in several fields at once; every one is reported. */
    public static ProblemException invalidFields(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(error -> error.field() + " " + error.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return new ProblemException(ProblemType.INVALID_REQUEST, detail, errors);
    }

    /** A value that clashes with existing state, e.g. a name already taken. */
    public static ProblemException conflictOnField(String field, String message, String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail, List.of(new Problem.FieldError(field, message)));
    }

    /** Input that is well-formed but breaks a rule, reported against the field that breaks it. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.INVALID_REQUEST, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /** A problem the client should retry later, e.g. while a replica is still catching up. */
    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(ProblemType.UNAVAILABLE, detail, List.of(), Map.of(), retryAfterSeconds);
    }

    /** Seconds for the Retry-After header, or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Problem toProblem() {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), null, errors, extensions);
    }
}
