package io.tempora.booking.capacity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One row of the {@link CapacityLedger}: the capacity version of a provider or resource on a UTC day. */
@Entity
@Table(name = "capacity_ledger")
@IdClass(LedgerEntry.Key.class)
public class LedgerEntry {

    @Id
    @Column(name = "subject_id")
    public UUID subjectId;

    @Id
    public LocalDate day;

    @Column(nullable = false)
    public long version;

    /** The entry's identity, as JPA wants it: a class with a no-argument constructor. */
    public static class Key implements Serializable {

        public UUID subjectId;
        public LocalDate day;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(subjectId, key.subjectId) && Objects.equals(day, key.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(subjectId, day);
        }
    }
}
