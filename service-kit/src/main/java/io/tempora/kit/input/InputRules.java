package io.tempora.kit.input;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What every text and every date a request carries must respect, whichever field it is in: no
 * control characters or lone surrogates in text (PostgreSQL refuses U+0000, and none belongs in a
 * name or a reason), and dates within the years a booking system can mean.
 */
public final class InputRules {

    /** The earliest date a request may carry: old enough for imported histories. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date a request may carry: far beyond any booking horizon, short of arithmetic limits. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

    public static final String TEXT_RULE = "must not contain control characters (other than tab and line breaks)"
            + " or lone surrogates";
    public static final String DATE_RULE = "must be between " + EARLIEST_DATE + " and " + LATEST_DATE;

    private InputRules() {
    }

    /** Whether the text holds a character no field accepts. */
    public static boolean hasForbiddenCharacter(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                if (!(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                    return true;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    public static boolean withinRange(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    /** For instants: the UTC date. */
    public static boolean withinRange(java.time.Instant instant) {
        return instant.isAfter(EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1))
                && instant.isBefore(LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
