package io.tempora.resource.requirement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What one service (appointment type) needs; read and replaced as a whole. */
@Entity
@Table(name = "service_requirements")
public class ServiceRequirements {

    @Id
    @Column(name = "service_id")
    public UUID serviceId;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resource_requirement", joinColumns = @JoinColumn(name = "service_id"))
    public List<Requirement> requirements = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Embeddable
    public static class Requirement {

        @Column(name = "resource_type_id", nullable = false)
        public UUID resourceTypeId;

        @Column(nullable = false)
        public int quantity;

        public Requirement() {
        }

        public Requirement(UUID resourceTypeId, int quantity) {
            this.resourceTypeId = resourceTypeId;
            this.quantity = quantity;
        }
    }
}
