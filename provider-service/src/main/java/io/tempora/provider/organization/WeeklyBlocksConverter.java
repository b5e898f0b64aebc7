package io.tempora.provider.organization;

import java.io.UncheckedIOException;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import io.tempora.contracts.EventJson;
import io.tempora.contracts.WeeklyBlock;

/** Stores weekly hours as a JSON array: they are always read and replaced as a whole. */
@Converter
public class WeeklyBlocksConverter implements AttributeConverter<List<WeeklyBlock>, String> {

    private static final TypeReference<List<WeeklyBlock>> BLOCKS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<WeeklyBlock> blocks) {
        return EventJson.write(blocks == null ? List.of() : blocks);
    }

    @Override
    public List<WeeklyBlock> convertToEntityAttribute(String json) {
        try {
            return EventJson.mapper().readValue(json, BLOCKS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
