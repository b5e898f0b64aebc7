package io.tempora.provider.override;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A date with other hours than usual. Without a provider it is the organization's: a holiday
 * ({@code closed}) or special hours. With one it replaces that provider's weekly hours that date.
 */
@Entity
@Table(name = "date_override")
public class DateOverride {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "provider_id")
    public UUID providerId;

    @Column(nullable = false)
    public LocalDate date;

    public String name;

    @Column(nullable = false)
    public boolean closed;

    @Convert(converter = LocalIntervalsConverter.class)
    @Column(nullable = false)
    public List<LocalInterval> intervals;

    /** Provider level: work these hours even though the organization is closed for a holiday. */
    @Column(name = "work_on_holiday", nullable = false)
    public boolean workOnHoliday;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
