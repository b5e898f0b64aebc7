package io.tempora.slots;

import java.util.List;

/**
 * A bookable start.
 *
 * @param end               when the appointment ends; with providers of different durations, the
 *                          latest of their ends
 * @param remainingCapacity seats that can really still be booked at this start, providers and
 *                          resources together
 * @param candidates        the providers who can take it, by their index in the query (unmodifiable)
 */
public record Slot(long start, long end, int remainingCapacity, List<Candidate> candidates) {

    /**
     * The provider index of its {@code index}-th candidate, read without making the candidate: a
     * writer of a long answer reads some 10,000 of them, and making each was a third of its work.
     */
    public int providerAt(int index) {
        return candidates instanceof Candidates packed ? packed.providerAt(index) : candidates.get(index).provider();
    }

    /** The seats its {@code index}-th candidate has left, read without making the candidate. */
    public int remainingSeatsAt(int index) {
        return candidates instanceof Candidates packed ? packed.remainingSeatsAt(index)
                : candidates.get(index).remainingSeats();
    }

    /**
     * @param remainingSeats seats this provider has left at this start
     * @param end            when the appointment ends with this provider
     */
    public record Candidate(int provider, int remainingSeats, long end) {
    }
}
