package io.tempora.availability.slots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Availability answers write their times as the JDK's ISO formatter would, character for character. */
class ZonedTimeTextTest {

    /** Every zone the JDK knows, and offsets with minutes and seconds that no region uses today. */
    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.oneOf(
                Arbitraries.of(ZoneId.getAvailableZoneIds()).map(ZoneId::of),
                Arbitraries.integers().between(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds));
    }

    /** From year 1800 (local mean times with seconds in their offsets) to 2200 (rules past the last transition). */
    @Property(tries = 3000)
    void writesWhatTheIsoFormatterWrites(@ForAll("zones") ZoneId zone,
                                         @ForAll @LongRange(min = -5_364_662_400L, max = 7_258_118_400L) long epochSecond) {
        assertEquals(iso(zone, epochSecond), written(zone, epochSecond));
    }

    @Property(tries = 300)
    void givesTheDateTheIsoFormatterGives(@ForAll("zones") ZoneId zone,
                                          @ForAll @LongRange(min = 0, max = 4_102_444_800L) long epochSecond) {
        assertEquals(Instant.ofEpochSecond(epochSecond).atZone(zone).toLocalDate(),
                LocalDate.ofEpochDay(new ZonedTimeText(zone).epochDay(epochSecond)));
    }

    /**
     * One writer, as an answer uses it, writing instants one after the other: in order a few hours
     * apart across a year's transitions, then anywhere, then each transition's instant and the
     * second before it.
     */
    @Property(tries = 300)
    void oneWriterWritesEachOfManyInstantsAsTheIsoFormatterDoes(@ForAll("zones") ZoneId zone,
                                                                @ForAll @LongRange(min = 0, max = 4_102_444_800L) long first,
                                                                @ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        ZonedTimeText writer = new ZonedTimeText(zone);
        long epochSecond = first;
        for (int i = 0; i < 400; i++) {
            epochSecond = i < 300 ? epochSecond + random.nextInt(6 * 3600) : random.nextLong(4_102_444_800L);
            assertEquals(iso(zone, epochSecond), written(writer, epochSecond), "instant " + i);
            assertEquals(Instant.ofEpochSecond(epochSecond).atZone(zone).toLocalDate(),
                    LocalDate.ofEpochDay(writer.epochDay(epochSecond)), "date of instant " + i);
        }
        java.time.zone.ZoneOffsetTransition transition = zone.getRules().nextTransition(Instant.ofEpochSecond(first));
        for (int i = 0; i < 4 && transition != null; i++) {
            for (long at : new long[] {transition.toEpochSecond(), transition.toEpochSecond() - 1}) {
                assertEquals(iso(zone, at), written(writer, at), "at the transition " + transition);
            }
            transition = zone.getRules().nextTransition(transition.getInstant());
        }
    }

    @Test
    void yearsOfOtherThanFourDigitsAreWrittenAsTheIsoFormatterWritesThem() throws IOException {
        ZoneId zone = ZoneId.of("America/New_York");
        for (long epochSecond : new long[] {
                LocalDate.of(10_000, 1, 1).toEpochDay() * 86_400 + 18_000,
                LocalDate.of(-1, 12, 31).toEpochDay() * 86_400 + 3_600,
                LocalDate.of(9999, 12, 31).toEpochDay() * 86_400 + 86_399}) {
            assertEquals(iso(zone, epochSecond), written(zone, epochSecond));
        }
    }

    private static String iso(ZoneId zone, long epochSecond) {
        return '"' + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.ofEpochSecond(epochSecond).atZone(zone)) + '"';
    }

    private static String written(ZoneId zone, long epochSecond) {
        return written(new ZonedTimeText(zone), epochSecond);
    }

    /** As an answer writes it: UTF-8 bytes, as the generator of a byte stream writes them. */
    private static String written(ZonedTimeText writer, long epochSecond) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = new JsonFactory().createGenerator(bytes)) {
            out.writeStartObject();
            writer.writeField(out, new SerializedString("at"), epochSecond);
            out.writeEndObject();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        String object = bytes.toString(StandardCharsets.UTF_8);
        return object.substring("{\"at\":".length(), object.length() - 1);
    }
}
