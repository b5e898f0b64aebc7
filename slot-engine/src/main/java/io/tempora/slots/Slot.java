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
     * @param remainingSeats seats this provider has left at this start
     * @param end            when the appointment ends with this provider
     */
    public record Candidate(int provider, int remainingSeats, long end) {
    }
}
