package io.tempora.provider.override;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

import io.tempora.persistence.json.JsonListConverter;

@Converter
public class LocalIntervalsConverter extends JsonListConverter<LocalInterval> {

    public LocalIntervalsConverter() {
        super(new TypeReference<>() {
        });
    }
}
