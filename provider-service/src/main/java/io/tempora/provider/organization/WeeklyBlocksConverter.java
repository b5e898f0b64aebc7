package io.tempora.provider.organization;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

import io.tempora.contracts.WeeklyBlock;
import io.tempora.persistence.json.JsonListConverter;

@Converter
public class WeeklyBlocksConverter extends JsonListConverter<WeeklyBlock> {

    public WeeklyBlocksConverter() {
        super(new TypeReference<>() {
        });
    }
}
