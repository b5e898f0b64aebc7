package io.tempora.provider.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.provider.ProviderSchedulesSnapshot;
import io.tempora.kit.concurrency.Versions;
import io.tempora.kit.problem.ProblemException;
import io.tempora.persistence.outbox.Outbox;
import io.tempora.provider.organization.OrganizationRepository;
import io.tempora.provider.provider.Provider;
import io.tempora.provider.provider.ProviderRepository;

/**
 * Weekly schedules. Every change locks the provider, checks the rules against the provider's other
 * schedules and the organization's business hours, and republishes all of the provider's schedules.
 */
@ApplicationScoped
public class ScheduleService {

    /** Schedules one provider may have: enough for years of seasonal hours, small enough for one snapshot record. */
    public static final int MAXIMUM_SCHEDULES_PER_PROVIDER = 50;

    private final ScheduleRepository schedules;
    private final ProviderRepository providers;
    private final OrganizationRepository organizations;
    private final Outbox outbox;
    private final Clock clock;

    public ScheduleService(ScheduleRepository schedules, ProviderRepository providers,
                           OrganizationRepository organizations, Outbox outbox, Clock clock) {
        this.schedules = schedules;
        this.providers = providers;
        this.organizations = organizations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<Schedule>> list(UUID organizationId, UUID providerId) {
        return providers.findInOrganization(organizationId, providerId)
                .flatMap(provider -> schedules.ofProvider(providerId));
    }

    @WithSession
    public Uni<Schedule> get(UUID organizationId, UUID providerId, UUID id) {
        return schedules.findOfProvider(organizationId, providerId, id);
    }

    @WithTransaction
    public Uni<Schedule> create(UUID organizationId, UUID providerId, ScheduleRequest request) {
        return providers.lockInOrganization(organizationId, providerId)
                .call(provider -> schedules.countOfProvider(providerId).invoke(count -> {
                    if (count >= MAXIMUM_SCHEDULES_PER_PROVIDER) {
                        throw ProblemException.conflict("provider " + providerId + " has " + count + " schedules, the most"
                                + " one provider may have; delete or replace schedules that have ended");
                    }
                }))
                .flatMap(provider -> {
                    Schedule schedule = new Schedule();
                    schedule.id = UUID.randomUUID();
                    schedule.organizationId = organizationId;
                    schedule.providerId = providerId;
                    schedule.createdAt = Instant.now(clock);
                    return checked(provider, schedule, request).flatMap(schedules::persistAndFlush)
                            .call(created -> publish(provider));
                });
    }

    @WithTransaction
    public Uni<Schedule> replace(UUID organizationId, UUID providerId, UUID id, ScheduleRequest request) {
        return providers.lockInOrganization(organizationId, providerId)
                .flatMap(provider -> schedules.findOfProvider(organizationId, providerId, id)
                        .invoke(schedule -> Versions.require("schedule", id, schedule.version, request.version()))
                        .flatMap(schedule -> checked(provider, schedule, request))
                        .call(schedules::flush)
                        .call(replaced -> publish(provider)));
    }

    @WithTransaction
    public Uni<Void> delete(UUID organizationId, UUID providerId, UUID id) {
        return providers.lockInOrganization(organizationId, providerId)
                .flatMap(provider -> schedules.findOfProvider(organizationId, providerId, id)
                        .call(schedules::delete)
                        .call(schedules::flush)
                        .call(deleted -> publish(provider)))
                .replaceWithVoid();
    }

    /**
     * Publishes the provider's schedules that are still in effect or to come: one that ended before
     * yesterday (in the provider's zone) offers nothing any more, and leaving it out keeps the
     * snapshot the size of the present, not of the provider's history.
     */
    private Uni<Void> publish(Provider provider) {
        LocalDate yesterday = clock.instant().atZone(ZoneId.of(provider.timeZone)).toLocalDate().minusDays(1);
        return schedules.ofProvider(provider.id).flatMap(all -> outbox.publish(Topics.PROVIDER_SCHEDULES,
                RecordKey.of(provider.organizationId, provider.id), ProviderSchedulesSnapshot.TYPE,
                new ProviderSchedulesSnapshot(provider.id, provider.organizationId, all.stream()
                        .filter(schedule -> schedule.effectiveUntil == null || !schedule.effectiveUntil.isBefore(yesterday))
                        .map(ScheduleView::snapshot).toList())));
    }

    /**
     * Applies the request after checking it: valid blocks, inside business hours for a linked
     * individual, and no other schedule of the provider in effect on any of its dates.
     */
    private Uni<Schedule> checked(Provider provider, Schedule schedule, ScheduleRequest request) {
        if (request.effectiveUntil() != null && request.effectiveUntil().isBefore(request.effectiveFrom())) {
            throw ProblemException.invalidField("effectiveUntil", "must not be before effectiveFrom");
        }
        return organizations.findExisting(provider.organizationId)
                .invoke(organization -> ScheduleRules.requireValid(request.blocks(),
                        provider.independent() ? null : organization.businessHours))
                .flatMap(organization -> schedules.overlapping(provider.id, schedule.id, request.effectiveFrom(),
                        request.effectiveUntil()))
                .map(overlapping -> {
                    if (overlapping != null) {
                        throw ProblemException.conflictOnField("effectiveFrom", "another schedule is in effect then",
                                "schedule " + overlapping.id + " (" + overlapping.effectiveFrom + " to "
                                        + (overlapping.effectiveUntil == null ? "open end" : overlapping.effectiveUntil)
                                        + ") is in effect on some of these dates; at most one schedule applies per date");
                    }
                    schedule.name = request.name();
                    schedule.effectiveFrom = request.effectiveFrom();
                    schedule.effectiveUntil = request.effectiveUntil();
                    schedule.blocks = List.copyOf(request.blocks());
                    schedule.updatedAt = Instant.now(clock);
                    return schedule;
                });
    }
}
