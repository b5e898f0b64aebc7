package io.tempora.provider.schedule;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

import io.tempora.persistence.json.JsonListConverter;

@Converter
public class ScheduleBlocksConverter extends JsonListConverter<ScheduleBlock> {

    public ScheduleBlocksConverter() {
        super(new TypeReference<>() {
        });
    }
}
