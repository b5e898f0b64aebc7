package io.tempora.contracts;

import java.util.UUID;

/**
 * What a booking's answer carries so that its caller reads its own write: the booking and the
 * version of it the answer shows. Availability, asked with it, answers only once its read model
 * holds that version or a later one (docs/api.md, "Reading your own writes").
 *
 * @param version the booking's version as its answer shows it
 */
public record ConsistencyToken(UUID bookingId, long version) {

    /** The response header booking-service sends it in. */
    public static final String HEADER = "Tempora-Consistency-Token";
    /** The query parameter availability-service takes it as. */
    public static final String PARAMETER = "consistencyToken";
    private static final String SHAPE = "a consistency token reads <booking id>.<version>, as a booking's " + HEADER
            + " header gives it";

    /** As it travels: {@code <booking id>.<version>}. */
    @Override
    public String toString() {
        return bookingId + "." + version;
    }

    /** @throws IllegalArgumentException for text that is not a token */
    public static ConsistencyToken parse(String text) {
        int dot = text.lastIndexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException(SHAPE);
        }
        try {
            long version = Long.parseLong(text.substring(dot + 1));
            if (version < 0) {
                throw new IllegalArgumentException("a consistency token's version is never negative");
            }
            return new ConsistencyToken(UUID.fromString(text.substring(0, dot)), version);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SHAPE);
        }
    }
}
