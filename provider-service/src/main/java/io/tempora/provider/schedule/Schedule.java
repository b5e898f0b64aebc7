package io.tempora.provider.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A provider's weekly hours from one date to another (or on): regular hours, summer hours... */
@Entity
public class Schedule {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    public String name;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    /** Last date it applies, inclusive; null for open-ended. */
    @Column(name = "effective_until")
    public LocalDate effectiveUntil;

    @Convert(converter = ScheduleBlocksConverter.class)
    @Column(nullable = false)
    public List<ScheduleBlock> blocks;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
