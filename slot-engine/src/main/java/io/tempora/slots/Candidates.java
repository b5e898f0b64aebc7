package io.tempora.slots;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The candidates of one slot, read from the engine's sorted offers, which the whole answer shares,
 * instead of kept as one object each: a 14-day answer for 50 providers holds some 10,000 of them.
 * A candidate is made when it is read, which for a caller that only iterates (the JSON writer) the
 * JIT does without allocating. Unmodifiable.
 */
final class Candidates extends AbstractList<Slot.Candidate> implements RandomAccess {

    private final long[] offers;
    private final int from;
    private final int size;
    private final long start;
    private final ServiceRules[] rules;

    /**
     * @param offers the answer's offers ({@link SlotEngine#providerOf}, {@link SlotEngine#seatsOf}),
     *               this slot's {@code size} of them from {@code from}
     * @param rules  each provider's rules, which give their appointment's end
     */
    Candidates(long[] offers, int from, int size, long start, ServiceRules[] rules) {
        this.offers = offers;
        this.from = from;
        this.size = size;
        this.start = start;
        this.rules = rules;
    }

    @Override
    public Slot.Candidate get(int index) {
        long offer = offerAt(index);
        int provider = SlotEngine.providerOf(offer);
        return new Slot.Candidate(provider, SlotEngine.seatsOf(offer), start + rules[provider].durationSeconds());
    }

    int providerAt(int index) {
        return SlotEngine.providerOf(offerAt(index));
    }

    int remainingSeatsAt(int index) {
        return SlotEngine.seatsOf(offerAt(index));
    }

    private long offerAt(int index) {
        return offers[from + Objects.checkIndex(index, size)];
    }

    @Override
    public int size() {
        return size;
    }
}
