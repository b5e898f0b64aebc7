package io.tempora.kit.input;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies are read strictly: a field given twice, a field the request does not have, text
 * with control characters and dates outside {@link InputRules}' years are each a 400 naming the
 * field, never a silent default or a failure deeper down. Clients of neighbour services that
 * must tolerate new fields say so on their records.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        SimpleModule module = new SimpleModule("tempora-strict-input");
        module.addDeserializer(String.class, new CleanText());
        module.setDeserializerModifier(new BoundedDates());
        mapper.registerModule(module);
    }

    /** Text without control characters; line breaks are fine (notes, descriptions). */
    static final class CleanText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && InputRules.hasForbiddenCharacter(text, true)) {
                throw InvalidFormatException.from(parser, InputRules.TEXT_RULE, text, String.class);
            }
            return text;
        }
    }

    /** Wraps the date and date-time readers so that a date beyond the supported years is refused. */
    static final class BoundedDates extends BeanDeserializerModifier {

        @Override
        @SuppressWarnings("unchecked")
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == LocalDate.class || type == Instant.class || type == OffsetDateTime.class
                    || type == ZonedDateTime.class) {
                return new Bounded<>((JsonDeserializer<Object>) deserializer);
            }
            return deserializer;
        }
    }

    private static final class Bounded<T> extends JsonDeserializer<T> {

        private final JsonDeserializer<T> delegate;

        Bounded(JsonDeserializer<T> delegate) {
            this.delegate = delegate;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = delegate.deserialize(parser, context);
            boolean within = true;
            if (value instanceof LocalDate date) {
                within = InputRules.withinRange(date);
            } else if (value instanceof Instant instant) {
                within = InputRules.withinRange(instant);
            } else if (value instanceof OffsetDateTime dateTime) {
                within = InputRules.withinRange(dateTime.toInstant());
            } else if (value instanceof ZonedDateTime dateTime) {
                within = InputRules.withinRange(dateTime.toInstant());
            }
            if (!within) {
                throw InvalidFormatException.from(parser, InputRules.DATE_RULE, value, value.getClass());
            }
            return value;
        }

        @Override
        public Class<?> handledType() {
            return delegate.handledType();
        }
    }
}
