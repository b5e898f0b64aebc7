package io.tempora.kit.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.tempora.kit.input.InputRules;
import io.tempora.kit.problem.InvalidParameterException;

/**
 * Reads UUID, date, date-time and enum path and query parameters so that a malformed one is answered with a 400
 * naming the parameter, rather than the 404 JAX-RS gives for a parameter it cannot convert.
 */
@Provider
public class IdAndDateParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, UUID::fromString, "a valid UUID");
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, text -> inRange(LocalDate.parse(text)), "an ISO-8601 date such as 2027-01-04, " + InputRules.DATE_RULE);
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(name, text -> inRange(OffsetDateTime.parse(text)),
                    "an ISO-8601 date-time with offset such as 2027-01-04T09:00:00-05:00, " + InputRules.DATE_RULE);
        }
        if (rawType.isEnum()) {
            return enumConverter(name, rawType);
        }
        return null;
    }

    private static LocalDate inRange(LocalDate date) {
        if (!InputRules.withinRange(date)) {
            throw new IllegalArgumentException(InputRules.DATE_RULE);
        }
        return date;
    }

    private static OffsetDateTime inRange(OffsetDateTime dateTime) {
        if (!InputRules.withinRange(dateTime.toInstant())) {
            throw new IllegalArgumentException(InputRules.DATE_RULE);
        }
        return dateTime;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> ParamConverter<T> enumConverter(String name, Class<T> type) {
        List<String> values = Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        return (ParamConverter<T>) converter(name, value -> Enum.valueOf((Class) type, value),
                "one of " + String.join(", ", values));
    }

    private static <V> ParamConverter<V> converter(String name, Function<String, V> parse, String expected) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                try {
                    return value == null ? null : parse.apply(value);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidParameterException(name, value, "'" + value + "' is not " + expected);
                }
            }

            @Override
            public String toString(V value) {
                return value.toString();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String name = "";
            if (annotation instanceof RestPath path) {
                name = path.value();
            } else if (annotation instanceof PathParam path) {
                name = path.value();
            } else if (annotation instanceof RestQuery query) {
                name = query.value();
            } else if (annotation instanceof QueryParam query) {
                name = query.value();
            }
            if (!name.isEmpty()) {
                return name;
            }
        }
        return null;
    }
}
