package io.tempora.provider.provider;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/**
 * Someone (or something) clients book: an individual practitioner, or an organization-type
 * provider (the salon itself), which can work solo and have individuals linked under it.
 */
@Entity
public class Provider {

    public enum Type {
        ORGANIZATION, INDIVIDUAL
    }

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Type type;

    /** The organization-type provider this one belongs to; null for an independent provider. */
    @Column(name = "parent_provider_id")
    public UUID parentProviderId;

    @Column(nullable = false)
    public String name;

    public String bio;

    @Column(name = "avatar_url")
    public String avatarUrl;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "provider_specialty", joinColumns = @JoinColumn(name = "provider_id"))
    @OrderColumn(name = "position")
    @Column(name = "specialty", nullable = false)
    public List<String> specialties = new ArrayList<>();

    @Column(name = "color_code")
    public String colorCode;

    /** Deactivated providers keep their history (schedules, bookings) and are never offered. */
    @Column(nullable = false)
    public boolean active;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean independent() {
        return parentProviderId == null;
    }
}
