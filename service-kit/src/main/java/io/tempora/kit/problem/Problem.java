package io.tempora.kit.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An RFC 9457 problem detail, the body of every error response of every service.
 *
 * @param type     a stable URI that names the kind of problem; clients branch on it
 * @param title    a short summary of the kind, the same for every occurrence
 * @param status   the HTTP status
 * @param detail   what went wrong this time, for a human
 * @param instance the request path the problem occurred on
 * @param errors   for invalid input: each offending field and why
 * @param extensions further members for this kind of problem, e.g. the bookings in the way
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors,
                      @JsonIgnore Map<String, Object> extensions) {

    public Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, Map.of());
    }

    /** RFC 9457 extension members sit beside the standard ones. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * @param field where the bad value was: a JSON path such as {@code blocks[2].start}, or a
     *              path or query parameter name
     */
    @RegisterForReflection
    public record FieldError(String field, String message) {
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, extensions);
    }
}
