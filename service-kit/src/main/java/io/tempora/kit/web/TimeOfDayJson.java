package io.tempora.kit.web;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;
import io.tempora.contracts.TimeOfDayModule;

/** REST bodies read and write local times as records on the wire do: {@code 24:00} ends a day. */
@Singleton
public class TimeOfDayJson implements ObjectMapperCustomizer {

    /** Last, after Quarkus registers the Java time module, so that ours is the one used. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new TimeOfDayModule());
    }
}
