package io.tempora.provider.organization;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.tempora.contracts.WeeklyBlock;
import io.tempora.contracts.rules.OrganizationStatus;

/** A tenant: a practice, salon or clinic with its time zone and business hours. */
@Entity
public class Organization {


    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Convert(converter = WeeklyBlocksConverter.class)
    @Column(name = "business_hours", nullable = false)
    public List<WeeklyBlock> businessHours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganizationStatus status;

    @Column(name = "multi_provider_enabled", nullable = false)
    public boolean multiProviderEnabled;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
