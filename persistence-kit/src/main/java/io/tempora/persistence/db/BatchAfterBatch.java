package io.tempora.persistence.db;

import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Upkeep that may find millions of rows (retention, retirement) done in bounded batches, each its
 * own statement or transaction, one after the other until a batch comes back short.
 */
public final class BatchAfterBatch {

    private BatchAfterBatch() {
    }

    /**
     * Runs {@code batch} (whose item is how many rows it handled, at most {@code size}) again while
     * it handles a full batch; the item is how many rows all of them handled. A failed batch fails
     * the whole, after the batches before it have done their work.
     */
    public static Uni<Long> untilShort(Supplier<Uni<? extends Integer>> batch, int size) {
        return Multi.createBy().repeating().<Integer>uni(batch)
                .whilst(handled -> handled > 0 && handled >= size)
                .collect().with(Collectors.summingLong(Integer::longValue));
    }
}
