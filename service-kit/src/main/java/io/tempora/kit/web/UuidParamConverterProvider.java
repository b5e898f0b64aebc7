package io.tempora.kit.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.tempora.kit.problem.InvalidParameterException;

/**
 * Reads UUID path and query parameters so that a malformed id is answered with a 400 naming the
 * parameter, rather than the 404 (path) JAX-RS would give.
 */
@Provider
public class UuidParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        String name = parameterName(annotations);
        return (ParamConverter<T>) new ParamConverter<UUID>() {
            @Override
            public UUID fromString(String value) {
                try {
                    return value == null ? null : UUID.fromString(value);
                } catch (IllegalArgumentException e) {
                    throw new InvalidParameterException(name, value, "'" + value + "' is not a valid UUID");
                }
            }

            @Override
            public String toString(UUID value) {
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
