package io.tempora.availability.slots;

/** How an availability answer lists who can take each slot ({@code form=} on {@code GET /availability}). */
public enum AvailabilityForm {
    /** Each slot lists its candidate providers in full: id, name, colour, seats (and their terms). */
    FULL,
    /**
     * Each provider is listed once, with their terms, and each slot names its candidates by their index in that
     * list: about a tenth of the bytes for "any provider" over weeks, for the same information.
     */
    COMPACT
}
