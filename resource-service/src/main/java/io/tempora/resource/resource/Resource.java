package io.tempora.resource.resource;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One bookable room or piece of equipment. */
@Entity
@Table(name = "resource")
public class Resource {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "resource_type_id", nullable = false)
    public UUID resourceTypeId;

    @Column(nullable = false)
    public String name;

    public String description;

    /** How many bookings may hold it at once (a room for two parallel sessions: 2). */
    @Column(nullable = false)
    public int capacity;

    /** Inactive resources (under maintenance) are kept but never allocated. */
    @Column(nullable = false)
    public boolean active;

    @Column(nullable = false)
    public boolean deleted;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
