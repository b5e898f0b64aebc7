package io.tempora.provider.appointmenttype;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A provider offering a service, optionally with its own duration and price. */
@Entity
@Table(name = "service_provider")
public class ProviderAssignment {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "service_id", nullable = false)
    public UUID serviceId;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    /** Lower goes first when the service auto-assigns by priority. */
    @Column(nullable = false)
    public int priority;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    @Column(name = "price_amount")
    public BigDecimal priceAmount;

    @Column(name = "price_currency")
    public String priceCurrency;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
