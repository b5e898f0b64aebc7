package io.tempora.booking.booking;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

import io.tempora.persistence.json.JsonListConverter;

@Converter
public class StringListConverter extends JsonListConverter<String> {

    public StringListConverter() {
        super(new TypeReference<>() {
        });
    }
}
