package io.tempora.booking.booking;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A resource a live booking holds: what capacity checks count per resource. */
@Entity
@Table(name = "booking_allocation")
@IdClass(Allocation.Key.class)
public class Allocation {

    @Id
    @Column(name = "booking_id")
    public UUID bookingId;

    @Id
    @Column(name = "resource_id")
    public UUID resourceId;

    /** The booking's occupied start: a check reads only the allocations that start around it. */
    @Column(name = "occupied_start", nullable = false)
    public Instant occupiedStart;

    public static class Key implements Serializable {

        public UUID bookingId;
        public UUID resourceId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(bookingId, key.bookingId)
                    && Objects.equals(resourceId, key.resourceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bookingId, resourceId);
        }
    }
}
