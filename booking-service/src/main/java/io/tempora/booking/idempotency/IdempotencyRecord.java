package io.tempora.booking.idempotency;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The booking one caller's Idempotency-Key made in an organization, and a fingerprint of its request. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    @Id
    @Column(name = "organization_id")
    public UUID organizationId;

    /** The token subject of whoever sent the key. */
    @Id
    public String caller;

    @Id
    public String key;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "booking_id", nullable = false)
    public UUID bookingId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static class Key implements Serializable {

        public UUID organizationId;
        public String caller;
        public String key;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(organizationId, that.organizationId)
                    && Objects.equals(caller, that.caller) && Objects.equals(key, that.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organizationId, caller, key);
        }
    }
}
