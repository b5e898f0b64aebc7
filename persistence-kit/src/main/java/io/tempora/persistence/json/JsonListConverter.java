package io.tempora.persistence.json;

import java.io.UncheckedIOException;
import java.util.List;

import jakarta.persistence.AttributeConverter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import io.tempora.contracts.EventJson;

/**
 * Stores a list of value records as a JSON array in a text column: for values that are always
 * read and replaced as a whole (weekly hours, schedule blocks, override intervals). Subclasses
 * name the element type.
 */
public abstract class JsonListConverter<T> implements AttributeConverter<List<T>, String> {

    private final TypeReference<List<T>> type;

    protected JsonListConverter(TypeReference<List<T>> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(List<T> values) {
        return EventJson.write(values == null ? List.of() : values);
    }

    @Override
    public List<T> convertToEntityAttribute(String json) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
