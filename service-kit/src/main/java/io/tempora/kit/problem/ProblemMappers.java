package io.tempora.kit.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns every failure of every endpoint into an {@code application/problem+json} response, so that
 * no client ever sees an HTML page, a stack trace or a bare 500 for bad input.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Instance<ProblemTranslator> translators;

    public ProblemMappers(Instance<ProblemTranslator> translators) {
        this.translators = translators;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException exception, UriInfo uri) {
        Response response = respond(exception.toProblem(), uri);
        if (exception.retryAfterSeconds() != null) {
            response.getHeaders().putSingle("Retry-After", exception.retryAfterSeconds());
        }
        return response;
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException exception, UriInfo uri) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        return problem(ProblemException.invalidFields(errors), uri);
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, JsonParseException.class, StreamReadException.class,
            ValueInstantiationException.class, InvalidDefinitionException.class, UnrecognizedPropertyException.class})
    public Response malformedJson(JsonProcessingException exception, UriInfo uri) {
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            String message = mappingMessage(mapping);
            return respond(problem(ProblemType.MALFORMED_BODY, field + ": " + message,
                    List.of(new Problem.FieldError(field, message))), uri);
        }
        JsonParser parser = exception instanceof StreamReadException read ? read.getProcessor() : null;
        if (parser != null && parser.getParsingContext() != null && parser.getParsingContext().getCurrentName() != null) {
            // a field given twice, or broken JSON inside a field: name where the parser was
            String field = parser.getParsingContext().pathAsPointer().toString().substring(1).replace('/', '.');
            String message = ((StreamReadException) exception).getOriginalMessage();
            return respond(problem(ProblemType.MALFORMED_BODY, field + ": " + message,
                    List.of(new Problem.FieldError(field, message))), uri);
        }
        var location = exception.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        String message = exception instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null
                ? "expected a JSON object" : "is not valid JSON" + where;
        return respond(problem(ProblemType.MALFORMED_BODY, "the body " + message,
                List.of(new Problem.FieldError("body", message))), uri);
    }

    @ServerExceptionMapper
    public Response malformedParameter(InvalidParameterException exception, UriInfo uri) {
        String parameter = exception.parameter() != null ? exception.parameter() : parameterHolding(exception.value(), uri);
        return respond(problem(ProblemType.INVALID_REQUEST, parameter + ": " + exception.reason(),
                List.of(new Problem.FieldError(parameter, exception.reason()))), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException exception, UriInfo uri) {
        if (exception instanceof NotFoundException && exception.getCause() instanceof InvalidParameterException invalid) {
            // JAX-RS reports a path parameter that cannot be converted as 404; it is bad input
            return malformedParameter(invalid, uri);
        }
        if (exception.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri);
        }
        int status = exception.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = status == 404 ? "no resource at " + uri.getPath() : exception.getMessage();
        Problem problem = new Problem(type.uri(), type.title(), status, detail, null, List.of());
        Response.ResponseBuilder response = Response.fromResponse(exception.getResponse()).entity(null);
        return response.status(status).type(Problem.MEDIA_TYPE).entity(problem.withInstance(uri.getPath())).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, UriInfo uri) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
            for (ProblemTranslator translator : translators) {
                var translated = translator.translate(cause);
                if (translated.isPresent()) {
                    return problem(translated.get(), uri);
                }
            }
        }
        UUID incident = UUID.randomUUID();
        LOG.errorf(exception, "unexpected failure on %s, incident %s", uri.getPath(), incident);
        return respond(problem(ProblemType.INTERNAL, "an unexpected error occurred; incident " + incident, List.of()), uri);
    }

    private static String parameterHolding(String value, UriInfo uri) {
        return java.util.stream.Stream.concat(uri.getPathParameters().entrySet().stream(),
                        uri.getQueryParameters().entrySet().stream())
                .filter(parameter -> parameter.getValue().contains(value))
                .map(java.util.Map.Entry::getKey)
                .findFirst().orElse("parameter");
    }

    public static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri.getPath()))
                .build();
    }

    private static Problem problem(ProblemType type, String detail, List<Problem.FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, errors);
    }

    private static String mappingMessage(JsonMappingException mapping) {
        if (mapping instanceof ValueInstantiationException && mapping.getCause() != null) {
            return mapping.getCause().getMessage();
        }
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return "is not a field of this request; its fields are " + unknown.getKnownPropertyIds();
        }
        if (mapping instanceof InvalidFormatException invalid && invalid.getOriginalMessage().startsWith("must ")) {
            return invalid.getOriginalMessage();
        }
        if (mapping instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' is not a valid " + typeName(invalid.getTargetType());
        }
        if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected " + typeName(mismatched.getTargetType());
        }
        return "cannot be read";
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "value, one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "UUID";
            case "Instant", "OffsetDateTime" -> "ISO-8601 instant with offset, e.g. 2026-03-08T09:00:00-05:00";
            case "LocalDate" -> "ISO-8601 date, e.g. 2026-03-08";
            case "LocalTime" -> "ISO-8601 local time, e.g. 09:30";
            case "ZoneId" -> "IANA time zone, e.g. Europe/Berlin";
            case "int", "Integer", "long", "Long" -> "integer";
            case "boolean", "Boolean" -> "boolean";
            default -> type.getSimpleName();
        };
    }

    /** {@code blocks[2].start} from Jackson's reference chain. */
    static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The field as a client names it: the JSON path inside a body, or the query/path parameter
     * name; the Java method and body parameter names are dropped.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            boolean bodyParameter = kind == ElementKind.PARAMETER && i + 1 < nodes.size();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || bodyParameter
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !parts.isEmpty()) {
                // Hibernate Validator puts a container element's index on the node after the list
                int last = parts.size() - 1;
                parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        return parts.isEmpty() ? "request" : String.join(".", parts);
    }
}
