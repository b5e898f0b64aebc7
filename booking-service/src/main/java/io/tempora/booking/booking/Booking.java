package io.tempora.booking.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.tempora.contracts.provider.ServiceSnapshot;

/** One client's appointment with one provider for one service. */
@Entity
@Table(name = "booking")
public class Booking {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "service_id", nullable = false)
    public UUID serviceId;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    /** Picked by the service's assignment strategy, not named: a reschedule may pick another. */
    @Column(name = "provider_assigned", nullable = false)
    public boolean providerAssigned;

    /** What the appointment costs with its provider, as it was when booked or moved; null for no price. */
    @Column(name = "price_amount")
    public BigDecimal priceAmount;

    @Column(name = "price_currency")
    public String priceCurrency;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "client_name", nullable = false)
    public String clientName;

    @Column(name = "client_email")
    public String clientEmail;

    @Column(name = "client_phone")
    public String clientPhone;

    @Column(name = "start_at", nullable = false)
    public Instant start;

    @Column(name = "end_at", nullable = false)
    public Instant end;

    /** Start minus the service's buffer before: from when the provider and resources are busy. */
    @Column(name = "occupied_start", nullable = false)
    public Instant occupiedStart;

    @Column(name = "occupied_end", nullable = false)
    public Instant occupiedEnd;

    @Column(nullable = false)
    public int seats;

    @Convert(converter = UuidListConverter.class)
    @Column(name = "resource_ids", nullable = false)
    public List<UUID> resourceIds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BookingStatus status;

    /** Booked by staff over conflicts, which are kept as {@link #warnings}. */
    @Column(nullable = false)
    public boolean override;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> warnings;

    public String notes;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    /** When its occupancy record left {@code booking.occupancy.v1} (a tombstone); null while it is there. */
    @Column(name = "occupancy_retired_at")
    public Instant occupancyRetiredAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The booking is now with {@code providerId}, at their price for the service. */
    void assignTo(UUID providerId, ServiceSnapshot service, boolean picked) {
        this.providerId = providerId;
        this.providerAssigned = picked;
        ServiceSnapshot.Money price = service.priceWith(providerId);
        this.priceAmount = price == null ? null : price.amount();
        this.priceCurrency = price == null ? null : price.currency();
    }

    /**
     * Confirmed where a move asks it to be: at {@code start}, with {@code providerId} (anyone when
     * null) and with {@code resourceIds} (whichever when empty). Moving it there changes nothing.
     */
    boolean isAlready(UUID providerId, Instant start, List<UUID> resourceIds) {
        return status == BookingStatus.CONFIRMED && start.equals(this.start)
                && (providerId == null || providerId.equals(this.providerId))
                && (resourceIds.isEmpty() || resourceIds.equals(this.resourceIds));
    }

    /**
     * Cancels it, freeing nothing yet: the caller releases its allocations.
     *
     * @return false when it was cancelled already, which changes nothing
     */
    boolean cancel(String reason, Instant now) {
        if (status == BookingStatus.CANCELLED) {
            return false;
        }
        status = BookingStatus.CANCELLED;
        cancellationReason = reason;
        updatedAt = now;
        return true;
    }

    public ServiceSnapshot.Money price() {
        return priceAmount == null ? null : new ServiceSnapshot.Money(priceAmount, priceCurrency);
    }
}
