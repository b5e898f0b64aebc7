package io.tempora.provider.appointmenttype;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import io.tempora.contracts.rules.ProviderSelection;
import io.tempora.contracts.rules.AssignmentStrategy;

/** A service clients book ("Beard trim, 30 min"); called an appointment type in code to avoid the clash. */
@Entity
@Table(name = "service")
public class AppointmentType {



    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(name = "buffer_before_minutes", nullable = false)
    public int bufferBeforeMinutes;

    @Column(name = "buffer_after_minutes", nullable = false)
    public int bufferAfterMinutes;

    @Column(name = "slot_step_minutes", nullable = false)
    public int slotStepMinutes;

    /** Seats per provider per slot; more than one makes it a group service. */
    @Column(nullable = false)
    public int capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "provider_selection", nullable = false)
    public ProviderSelection providerSelection;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_strategy", nullable = false)
    public AssignmentStrategy assignmentStrategy;

    @Column(name = "minimum_notice_minutes", nullable = false)
    public int minimumNoticeMinutes;

    @Column(name = "maximum_advance_days", nullable = false)
    public int maximumAdvanceDays;

    @Column(name = "price_amount")
    public BigDecimal priceAmount;

    @Column(name = "price_currency")
    public String priceCurrency;

    @Column(nullable = false)
    public boolean active;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
