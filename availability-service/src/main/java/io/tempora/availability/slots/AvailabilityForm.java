package io.tempora.availability.slots;

/** How an availability answer lists who can take each slot ({@code form=} on {@code GET /availability}). */
public enum AvailabilityForm {
    /** Each slot lists its candidate providers in full: id, name, colour, seats (and their terms). */
    FULL(3),
    /**
     * Each provider is listed once, with their terms, and each slot names its candidates by their index in that
     * list: about a tenth of the bytes for "any provider" over weeks, for the same information.
     */
    COMPACT(1);

    /**
     * What computing and writing one candidate costs in this form, in compact candidates: a full one is an object
     * of four fields (on 2026-12-03 the full form answered 2.4 times fewer two-week questions a second).
     */
    private final int candidateWeight;

    AvailabilityForm(int candidateWeight) {
        this.candidateWeight = candidateWeight;
    }

    /** The candidates an answer may weigh, counted in compact candidates, as the worker threshold counts them. */
    long weigh(long candidates) {
        return candidates * candidateWeight;
    }
}
