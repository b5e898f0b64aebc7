package io.tempora.availability.slots;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
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

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

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
            int next = 0;
            ZonedDateTime start = startOf(answer, next);
            for (LocalDate date = answer.from(); !date.isAfter(answer.to()); date = date.plusDays(1)) {
                out.writeStartObject();
                out.writeStringField("date", date.toString());
                out.writeArrayFieldStart("slots");
                for (; start != null && start.toLocalDate().equals(date); start = startOf(answer, ++next)) {
                    writeSlot(out, answer, answer.slots().get(next), start, form);
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

    private static void writeSlot(JsonGenerator out, Answer answer, Slot slot, ZonedDateTime start, AvailabilityForm form)
            throws IOException {
        out.writeStartObject();
        out.writeStringField("start", DATE_TIME.format(start));
        out.writeStringField("end", dateTime(slot.end(), answer.zone()));
        out.writeNumberField("remainingCapacity", slot.remainingCapacity());
        if (answer.listProviders()) {
            out.writeArrayFieldStart("providers");
            if (form == AvailabilityForm.COMPACT) {
                for (Slot.Candidate candidate : slot.candidates()) {
                    out.writeNumber(candidate.provider());
                }
            } else {
                for (Slot.Candidate candidate : slot.candidates()) {
                    writeCandidate(out, answer, candidate);
                }
            }
            out.writeEndArray();
            if (form == AvailabilityForm.COMPACT && answer.service().capacity() > 1) {
                out.writeArrayFieldStart("remainingSeats");
                for (Slot.Candidate candidate : slot.candidates()) {
                    out.writeNumber(candidate.remainingSeats());
                }
                out.writeEndArray();
            }
        }
        out.writeEndObject();
    }

    private static void writeCandidate(JsonGenerator out, Answer answer, Slot.Candidate candidate) throws IOException {
        ProviderSnapshot provider = answer.providers().get(candidate.provider());
        out.writeStartObject();
        out.writeStringField("id", provider.id().toString());
        writeOptional(out, "name", provider.name());
        writeOptional(out, "color", provider.colorCode());
        out.writeNumberField("remainingSeats", candidate.remainingSeats());
        if (answer.ownTerms()) {
            out.writeStringField("end", dateTime(candidate.end(), answer.zone()));
            writeMoney(out, answer.service().priceWith(provider.id()));
        }
        out.writeEndObject();
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

    private static String dateTime(long epochSecond, ZoneId zone) {
        return DATE_TIME.format(Instant.ofEpochSecond(epochSecond).atZone(zone));
    }

    /** The start of the answer's slot at {@code index} in its zone; null past the last. */
    private static ZonedDateTime startOf(Answer answer, int index) {
        return index < answer.slots().size()
                ? Instant.ofEpochSecond(answer.slots().get(index).start()).atZone(answer.zone()) : null;
    }
}
