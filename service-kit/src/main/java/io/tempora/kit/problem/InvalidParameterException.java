package io.tempora.kit.problem;

/**
 * A path or query parameter whose text cannot be read as the type the endpoint expects.
 * The parameter's name may be unknown where the text is converted; the mapper then finds it
 * by its value among the request's parameters.
 */
public class InvalidParameterException extends IllegalArgumentException {

    private final String parameter;
    private final String value;
    private final String reason;

    public InvalidParameterException(String parameter, String value, String reason) {
        super((parameter == null ? "parameter" : parameter) + ": " + reason);
        this.parameter = parameter;
        this.value = value;
        this.reason = reason;
    }

    /** The parameter's name, or null when the converter could not know it. */
    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

    public String reason() {
        return reason;
    }
}
