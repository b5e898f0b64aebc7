package io.tempora.contracts;

import java.io.IOException;
import java.time.LocalTime;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalTimeDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalTimeSerializer;

import io.tempora.contracts.rules.TimesOfDay;

/**
 * Local times on the wire as ISO 8601 has them, with {@code 24:00} for the end of a day
 * ({@link TimesOfDay#END_OF_DAY}) both ways. Registered after the Java time module, so it wins.
 */
public final class TimeOfDayModule extends SimpleModule {

    private static final Pattern END_OF_DAY = Pattern.compile("24:00(:00(\\.0+)?)?");
    private static final String END_OF_DAY_TEXT = "24:00:00";

    public TimeOfDayModule() {
        super("tempora-time-of-day");
        addSerializer(LocalTime.class, new Serializer());
        addDeserializer(LocalTime.class, new Deserializer());
    }

    private static final class Serializer extends JsonSerializer<LocalTime> {

        @Override
        public void serialize(LocalTime value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (TimesOfDay.isEndOfDay(value)) {
                generator.writeString(END_OF_DAY_TEXT);
            } else {
                LocalTimeSerializer.INSTANCE.serialize(value, generator, provider);
            }
        }

        @Override
        public Class<LocalTime> handledType() {
            return LocalTime.class;
        }
    }

    private static final class Deserializer extends JsonDeserializer<LocalTime> {

        @Override
        public LocalTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING && END_OF_DAY.matcher(parser.getText().strip()).matches()) {
                return TimesOfDay.END_OF_DAY;
            }
            return LocalTimeDeserializer.INSTANCE.deserialize(parser, context);
        }

        @Override
        public Class<?> handledType() {
            return LocalTime.class;
        }
    }
}
