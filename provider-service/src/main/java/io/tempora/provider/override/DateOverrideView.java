package io.tempora.provider.override;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.tempora.contracts.provider.DateOverrideSnapshot;

@Schema(name = "DateOverride")
public record DateOverrideView(UUID id, UUID organizationId, UUID providerId, LocalDate date, String name,
                               boolean closed, List<LocalInterval> intervals, boolean workOnHoliday, long version,
                               Instant createdAt, Instant updatedAt) {

    static DateOverrideView of(DateOverride override) {
        return new DateOverrideView(override.id, override.organizationId, override.providerId, override.date,
                override.name, override.closed, override.intervals, override.workOnHoliday, override.version,
                override.createdAt, override.updatedAt);
    }

    static DateOverrideSnapshot snapshot(DateOverride override) {
        return new DateOverrideSnapshot(override.id, override.organizationId, override.providerId, override.date,
                override.name, override.closed, override.intervals.stream()
                .map(interval -> new DateOverrideSnapshot.Interval(interval.start(), interval.end())).toList(),
                override.workOnHoliday, override.version);
    }
}
