package io.tempora.provider.imports;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One thing an import made, found again by the id it had in the source system. */
@Entity
@Table(name = "import_mapping")
public class ImportMapping {

    enum Kind {
        PROVIDER, SCHEDULE, HOLIDAY, SERVICE
    }

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "external_id", nullable = false)
    public String externalId;

    @Column(name = "entity_id", nullable = false)
    public UUID entityId;

    static ImportMapping of(UUID organizationId, Kind kind, String externalId, UUID entityId) {
        ImportMapping mapping = new ImportMapping();
        mapping.id = UUID.randomUUID();
        mapping.organizationId = organizationId;
        mapping.kind = kind;
        mapping.externalId = externalId;
        mapping.entityId = entityId;
        return mapping;
    }
}
