package io.tempora.availability.slots;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;

/**
 * Instants written as the date-times of one zone, exactly as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}
 * writes whole seconds ({@code 2026-12-07T09:00:00-05:00}), from a reused buffer of ASCII bytes that
 * the generator copies as they are (to a byte stream: {@link JsonGenerator#writeRawUTF8String}). An
 * answer writes two per slot, and the general formatter (a string and several objects each, its
 * fraction worked out with {@code BigDecimal}) was a tenth of a two-week answer's work, and then
 * checking each character for escapes a twentieth. One per answer: not thread-safe.
 */
final class ZonedTimeText {

    private static final long SECONDS_PER_DAY = 86_400;
    /** The days whose years have four digits and no sign, which the short path writes. */
    private static final long FIRST_PLAIN_DAY = LocalDate.of(0, 1, 1).toEpochDay();
    private static final long LAST_PLAIN_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    private final ZoneId zone;
    private final ZoneRules rules;
    /** The zone's only offset, or null when it has rules. */
    private final ZoneOffset fixedOffset;
    private final byte[] text = new byte[32];
    /**
     * The last offset looked up and the instants it holds for, from the zone's transition before it
     * to the next: an answer's slots, weeks of them, mostly lie between two transitions.
     */
    private long offsetFrom = Long.MAX_VALUE;
    private long offsetUntil = Long.MIN_VALUE;
    private ZoneOffset lastOffset;

    ZonedTimeText(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.fixedOffset = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH) : null;
    }

    /** The date in this zone at {@code epochSecond}, as days since 1970-01-01. */
    long epochDay(long epochSecond) {
        return Math.floorDiv(epochSecond + offsetAt(epochSecond).getTotalSeconds(), SECONDS_PER_DAY);
    }

    /** Writes the field {@code name} with the date-time of {@code epochSecond} in this zone. */
    void writeField(JsonGenerator out, SerializableString name, long epochSecond) throws IOException {
        ZoneOffset offset = offsetAt(epochSecond);
        long local = epochSecond + offset.getTotalSeconds();
        long day = Math.floorDiv(local, SECONDS_PER_DAY);
        out.writeFieldName(name);
        if (day < FIRST_PLAIN_DAY || day > LAST_PLAIN_DAY) {
            out.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.ofEpochSecond(epochSecond).atZone(zone)));
            return;
        }
        LocalDate date = LocalDate.ofEpochDay(day);
        int secondOfDay = (int) Math.floorMod(local, SECONDS_PER_DAY);
        int length = digits(date.getYear(), 4, 0);
        text[length++] = '-';
        length = digits(date.getMonthValue(), 2, length);
        text[length++] = '-';
        length = digits(date.getDayOfMonth(), 2, length);
        text[length++] = 'T';
        length = digits(secondOfDay / 3600, 2, length);
        text[length++] = ':';
        length = digits(secondOfDay / 60 % 60, 2, length);
        text[length++] = ':';
        length = digits(secondOfDay % 60, 2, length);
        // "Z", "+05:30" or "-04:56:02": the formatter's offset pattern "+HH:MM:ss"
        String offsetId = offset.getId();
        for (int i = 0; i < offsetId.length(); i++) {
            text[length++] = (byte) offsetId.charAt(i);
        }
        out.writeRawUTF8String(text, 0, length);
    }

    private ZoneOffset offsetAt(long epochSecond) {
        if (fixedOffset != null) {
            return fixedOffset;
        }
        if (epochSecond < offsetFrom || epochSecond >= offsetUntil) {
            Instant instant = Instant.ofEpochSecond(epochSecond);
            lastOffset = rules.getOffset(instant);
            // a transition at this very instant is the one its offset starts with
            ZoneOffsetTransition previous = rules.previousTransition(instant.plusSeconds(1));
            ZoneOffsetTransition next = rules.nextTransition(instant);
            offsetFrom = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
            offsetUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        }
        return lastOffset;
    }

    /** Writes {@code value} zero-padded to {@code width} digits at {@code at}; returns where the text goes on. */
    private int digits(int value, int width, int at) {
        for (int i = at + width - 1, rest = value; i >= at; i--, rest /= 10) {
            text[i] = (byte) ('0' + rest % 10);
        }
        return at + width;
    }
}
