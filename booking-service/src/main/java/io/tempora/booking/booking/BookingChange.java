package io.tempora.booking.booking;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a booking's history: how it was created, and each move, reassignment or cancellation. */
@Entity
@Table(name = "booking_change")
public class BookingChange {

    public enum Kind {
        CREATED, RESCHEDULED, REASSIGNED, NEEDS_REASSIGNMENT, CANCELLED
    }

    @Id
    public UUID id;

    @Column(name = "booking_id", nullable = false)
    public UUID bookingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind change;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "previous_provider_id")
    public UUID previousProviderId;

    @Column(name = "previous_start")
    public Instant previousStart;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    @Column(name = "start_at", nullable = false)
    public Instant start;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BookingStatus status;

    public String reason;
}
