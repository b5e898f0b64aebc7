package io.tempora.availability.slots;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.tempora.contracts.provider.ProviderSnapshot;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.slots.Slot;

/**
 * Writes an availability answer from the engine's slots straight into JSON, in the form asked for
 * ({@link AvailabilityView}'s or {@link CompactAvailabilityView}'s shape), without a view object per slot
 * and candidate first: for "any provider" over weeks those objects were most of an answer's work.
 */
final class AvailabilityWriter {

    /**
     * What one answer says.
     *
     * @param providers      the providers the engine's candidate indexes refer to
     * @param listProviders  whether slots name their candidates (the service lets clients choose)
     * @param ownTerms       whether some provider's duration or price differs from the service's
     */
    record Answer(UUID organizationId, ServiceSnapshot service, ZoneId zone, LocalDate from, LocalDate to, int seats,
                  List<ProviderSnapshot> providers, List<Slot> slots, boolean listProviders, boolean ownTerms) {
    }

    /** Digits of the largest int. */
    private static final int MOST_DIGITS = 10;
    /**
     * The text of the numbers a compact answer writes by the thousand (provider indexes, seats), made
     * once: working out each one's digits was a twentieth of a two-week answer's work.
     */
    private static final char[][] SMALL_NUMBERS = IntStream.range(0, 1000)
            .mapToObj(number -> Integer.toString(number).toCharArray()).toArray(char[][]::new);

    /** The names of a slot's fields, quoted and encoded once. */
    static final SerializableString START = new SerializedString("start");
    static final SerializableString END = new SerializedString("end");
    static final SerializableString REMAINING_CAPACITY = new SerializedString("remainingCapacity");
    static final SerializableString PROVIDERS = new SerializedString("providers");
    static final SerializableString REMAINING_SEATS = new SerializedString("remainingSeats");

    private final ObjectMapper json;

    AvailabilityWriter(ObjectMapper json) {
        this.json = json;
    }

    byte[] write(Answer answer, AvailabilityForm form) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + answer.slots().size() * 64);
        try (JsonGenerator out = json.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField("organizationId", answer.organizationId().toString());
            out.writeStringField("serviceId", answer.service().id().toString());
            out.writeStringField("timezone", answer.zone().getId());
            out.writeNumberField("seats", answer.seats());
            if (form == AvailabilityForm.COMPACT) {
                writeProviderList(out, answer);
            }
            out.writeArrayFieldStart("days");
            // the engine's slots come in start order within [from, to]: each day takes the run that starts on it
            ZonedTimeText times = new ZonedTimeText(answer.zone());
            ProviderText[] providers = form == AvailabilityForm.FULL ? ProviderText.of(answer.providers()) : null;
            List<Slot> slots = answer.slots();
            int next = 0;
            for (LocalDate date = answer.from(); !date.isAfter(answer.to()); date = date.plusDays(1)) {
                out.writeStartObject();
                out.writeStringField("date", date.toString());
                out.writeArrayFieldStart("slots");
                long day = date.toEpochDay();
                for (; next < slots.size() && times.epochDay(slots.get(next).start()) == day; next++) {
                    writeSlot(out, answer, slots.get(next), times, providers);
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeProviderList(JsonGenerator out, Answer answer) throws IOException {
        out.writeArrayFieldStart("providers");
        if (answer.listProviders()) {
            for (ProviderSnapshot provider : answer.providers()) {
                out.writeStartObject();
                out.writeStringField("id", provider.id().toString());
                writeOptional(out, "name", provider.name());
                writeOptional(out, "color", provider.colorCode());
                if (answer.ownTerms()) {
                    out.writeNumberField("durationMinutes", answer.service().durationMinutesWith(provider.id()));
                    writeMoney(out, answer.service().priceWith(provider.id()));
                }
                out.writeEndObject();
            }
        }
        out.writeEndArray();
    }

    /**
     * @param providers the providers' texts for the full form, which writes them in each slot; null
     *                  for the compact form, which lists them once and refers to them by index
     */
    private static void writeSlot(JsonGenerator out, Answer answer, Slot slot, ZonedTimeText times,
                                  ProviderText[] providers) throws IOException {
        out.writeStartObject();
        times.writeField(out, START, slot.start());
        times.writeField(out, END, slot.end());
        out.writeFieldName(REMAINING_CAPACITY);
        out.writeNumber(slot.remainingCapacity());
        if (answer.listProviders()) {
            int candidates = slot.candidates().size();
            if (providers == null) {
                writeNumbers(out, PROVIDERS, candidates, slot::providerAt);
                if (answer.service().capacity() > 1) {
                    writeNumbers(out, REMAINING_SEATS, candidates, slot::remainingSeatsAt);
                }
            } else {
                out.writeFieldName(PROVIDERS);
                out.writeStartArray();
                for (Slot.Candidate candidate : slot.candidates()) {
                    writeCandidate(out, answer, candidate, times, providers[candidate.provider()]);
                }
                out.writeEndArray();
            }
        }
        out.writeEndObject();
    }

    /**
     * Writes {@code count} non-negative numbers as one array, handed to the generator as a single raw
     * value: its check and separator for each number were most of writing a compact answer.
     */
    static void writeNumbers(JsonGenerator out, SerializableString field, int count, IntUnaryOperator numberAt)
            throws IOException {
        char[] text = new char[2 + count * (MOST_DIGITS + 1)];
        int length = 0;
        text[length++] = '[';
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text[length++] = ',';
            }
            length = digits(numberAt.applyAsInt(i), text, length);
        }
        text[length++] = ']';
        out.writeFieldName(field);
        out.writeRawValue(text, 0, length);
    }

    /** Writes {@code value} (not negative) at {@code at}; returns where the text goes on. */
    private static int digits(int value, char[] text, int at) {
        if (value < SMALL_NUMBERS.length) {
            int end = at;
            for (char digit : SMALL_NUMBERS[value]) {
                text[end++] = digit;
            }
            return end;
        }
        int end = at + 1;
        for (int rest = value; rest >= 10; rest /= 10) {
            end++;
        }
        for (int i = end - 1, rest = value; i >= at; i--, rest /= 10) {
            text[i] = (char) ('0' + rest % 10);
        }
        return end;
    }

    private static void writeCandidate(JsonGenerator out, Answer answer, Slot.Candidate candidate, ZonedTimeText times,
                                       ProviderText provider) throws IOException {
        out.writeStartObject();
        out.writeFieldName("id");
        out.writeString(provider.id());
        writeOptional(out, "name", provider.name());
        writeOptional(out, "color", provider.color());
        out.writeFieldName(REMAINING_SEATS);
        out.writeNumber(candidate.remainingSeats());
        if (answer.ownTerms()) {
            times.writeField(out, END, candidate.end());
            writeMoney(out, answer.service().priceWith(provider.snapshot().id()));
        }
        out.writeEndObject();
    }

    /**
     * A provider's id, name and colour, quoted and encoded once per answer: the full form writes
     * them for every candidate, some 10,000 times in a two-week answer.
     */
    private record ProviderText(ProviderSnapshot snapshot, SerializableString id, SerializableString name,
                                SerializableString color) {

        static ProviderText[] of(List<ProviderSnapshot> providers) {
            ProviderText[] texts = new ProviderText[providers.size()];
            for (int i = 0; i < texts.length; i++) {
                ProviderSnapshot provider = providers.get(i);
                texts[i] = new ProviderText(provider, new SerializedString(provider.id().toString()),
                        provider.name() == null ? null : new SerializedString(provider.name()),
                        provider.colorCode() == null ? null : new SerializedString(provider.colorCode()));
            }
            return texts;
        }
    }

    private static void writeMoney(JsonGenerator out, ServiceSnapshot.Money price) throws IOException {
        if (price != null) {
            out.writeObjectFieldStart("price");
            out.writeNumberField("amount", price.amount());
            out.writeStringField("currency", price.currency());
            out.writeEndObject();
        }
    }

    private static void writeOptional(JsonGenerator out, String field, String value) throws IOException {
        if (value != null) {
            out.writeStringField(field, value);
        }
    }

    private static void writeOptional(JsonGenerator out, String field, SerializableString value) throws IOException {
        if (value != null) {
            out.writeFieldName(field);
            out.writeString(value);
        }
    }
}
