package io.tempora.availability.slots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The compact form's arrays of provider indexes and seats read back as the numbers written. */
class AvailabilityWriterNumbersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 2000)
    void readsBackAsTheNumbersWritten(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = Integer.MAX_VALUE) Integer> numbers)
            throws IOException {
        assertReadBack(numbers);
    }

    /** Provider indexes and seats, mostly: around the numbers whose text is made once. */
    @Property(tries = 1000)
    void readsBackAsTheSmallNumbersWritten(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 2000) Integer> numbers)
            throws IOException {
        assertReadBack(numbers);
    }

    private static void assertReadBack(List<Integer> numbers) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            out.writeStartObject();
            AvailabilityWriter.writeNumbers(out, AvailabilityWriter.PROVIDERS, numbers.size(), numbers::get);
            out.writeNumberField("after", 1);
            out.writeEndObject();
        }
        Answer read = JSON.readValue(text.toString(), Answer.class);
        assertEquals(numbers, read.providers());
        assertEquals(1, read.after());
    }

    record Answer(List<Integer> providers, int after) {
    }
}
