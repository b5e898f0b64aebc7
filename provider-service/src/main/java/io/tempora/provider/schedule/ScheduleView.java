package io.tempora.provider.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.tempora.contracts.provider.ProviderSchedulesSnapshot;

@Schema(name = "Schedule")
public record ScheduleView(UUID id, UUID organizationId, UUID providerId, String name, LocalDate effectiveFrom,
                           LocalDate effectiveUntil, List<ScheduleBlock> blocks, long version, Instant createdAt,
                           Instant updatedAt) {

    static ScheduleView of(Schedule schedule) {
        return new ScheduleView(schedule.id, schedule.organizationId, schedule.providerId, schedule.name,
                schedule.effectiveFrom, schedule.effectiveUntil, schedule.blocks, schedule.version,
                schedule.createdAt, schedule.updatedAt);
    }

    static ProviderSchedulesSnapshot.Schedule snapshot(Schedule schedule) {
        return new ProviderSchedulesSnapshot.Schedule(schedule.id, schedule.name, schedule.effectiveFrom,
                schedule.effectiveUntil, schedule.blocks.stream()
                .map(block -> new ProviderSchedulesSnapshot.Block(block.dayOfWeek(), block.start(), block.end(),
                        block.type(), block.locationId()))
                .toList(), schedule.version);
    }
}
