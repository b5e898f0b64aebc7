package io.tempora.provider.imports;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An appointment an import placed; its id is the id of the booking it becomes. */
@Entity
@Table(name = "imported_appointment")
public class ImportedAppointmentRecord {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "external_id", nullable = false)
    public String externalId;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    @Column(name = "service_id", nullable = false)
    public UUID serviceId;

    @Column(name = "start_at", nullable = false)
    public Instant start;

    @Column(name = "end_at", nullable = false)
    public Instant end;

    @Column(nullable = false)
    public boolean cancelled;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;
}
