package io.tempora.resource.resourcetype;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A kind of shared resource: "Treatment Room", "Ultrasound Machine". */
@Entity
@Table(name = "resource_type")
public class ResourceType {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(nullable = false)
    public String name;

    public String description;

    /** Soft delete: the type stays readable by id and in history, but takes no new resources. */
    @Column(nullable = false)
    public boolean deleted;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
