package io.tempora.booking.capacity;

import java.time.LocalDate;
import java.util.UUID;

/** A provider or resource on one UTC day: one row of the capacity ledger. */
public record LedgerKey(UUID subjectId, LocalDate day) implements Comparable<LedgerKey> {

    @Override
    public int compareTo(LedgerKey other) {
        int bySubject = subjectId.compareTo(other.subjectId);
        return bySubject != 0 ? bySubject : day.compareTo(other.day);
    }
}
