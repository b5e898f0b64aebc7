package io.tempora.booking.booking;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

import io.tempora.persistence.json.JsonListConverter;

@Converter
public class UuidListConverter extends JsonListConverter<UUID> {

    public UuidListConverter() {
        super(new TypeReference<>() {
        });
    }
}
