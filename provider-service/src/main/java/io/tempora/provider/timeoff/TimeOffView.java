package io.tempora.provider.timeoff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.tempora.contracts.provider.TimeOffSnapshot;

@Schema(name = "TimeOff")
public record TimeOffView(UUID id, UUID organizationId, UUID providerId, Instant start, Instant end, boolean allDay,
                          LocalDate startDate, LocalDate endDate, TimeOff.Type type, String reason,
                          UUID coverageProviderId, TimeOff.Status status, String decidedBy, Instant decidedAt,
                          String decisionNote, long version, Instant createdAt) {

    static TimeOffView of(TimeOff timeOff) {
        return new TimeOffView(timeOff.id, timeOff.organizationId, timeOff.providerId, timeOff.start, timeOff.end,
                timeOff.allDay, timeOff.startDate, timeOff.endDate, timeOff.type, timeOff.reason,
                timeOff.coverageProviderId, timeOff.status, timeOff.decidedBy, timeOff.decidedAt,
                timeOff.decisionNote, timeOff.version, timeOff.createdAt);
    }

    static TimeOffSnapshot snapshot(TimeOff timeOff) {
        return new TimeOffSnapshot(timeOff.id, timeOff.organizationId, timeOff.providerId, timeOff.start, timeOff.end,
                timeOff.allDay, timeOff.startDate, timeOff.endDate, timeOff.type.name(), timeOff.reason,
                timeOff.coverageProviderId, timeOff.status.name(), timeOff.version);
    }
}
