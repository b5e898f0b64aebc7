package io.tempora.provider.timeoff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A provider's absence; only once approved does it remove availability. */
@Entity
@Table(name = "time_off")
public class TimeOff {

    public enum Type {
        VACATION, SICK, TRAINING, OTHER
    }

    public enum Status {
        REQUESTED, APPROVED, DENIED, CANCELLED
    }

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    /** First instant of the absence (for whole days: the start of startDate in the provider's zone). */
    @Column(name = "start_at", nullable = false)
    public Instant start;

    /** End of the absence, exclusive. */
    @Column(name = "end_at", nullable = false)
    public Instant end;

    @Column(name = "all_day", nullable = false)
    public boolean allDay;

    @Column(name = "start_date")
    public LocalDate startDate;

    /** Last whole day, inclusive. */
    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Type type;

    public String reason;

    @Column(name = "coverage_provider_id")
    public UUID coverageProviderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The subject of the token that approved, denied or cancelled it. */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
