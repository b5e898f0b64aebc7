package io.tempora.kit.problem;

import java.util.List;

/**
 * Thrown (or failed with, in a Mutiny pipeline) by service logic to answer with a problem.
 * The factories name the common cases so that every service words them the same way.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
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

    /** Input that is well-formed but breaks a rule, reported against the field that breaks it. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.INVALID_REQUEST, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Problem toProblem() {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), null, errors);
    }
}
