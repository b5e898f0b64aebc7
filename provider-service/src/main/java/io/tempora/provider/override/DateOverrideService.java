package io.tempora.provider.override;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.WeeklyBlock;
import io.tempora.contracts.provider.DateOverrideSnapshot;
import io.tempora.kit.concurrency.Versions;
import io.tempora.kit.paging.Page;
import io.tempora.kit.paging.PageRequest;
import io.tempora.kit.problem.ProblemException;
import io.tempora.persistence.Pages;
import io.tempora.persistence.outbox.Outbox;
import io.tempora.provider.hours.WeeklyHours;
import io.tempora.provider.organization.OrganizationRepository;
import io.tempora.provider.provider.ProviderRepository;

/** Holidays, special hours and provider date overrides; one per date and scope. */
@ApplicationScoped
public class DateOverrideService {

    private final DateOverrideRepository overrides;
    private final ProviderRepository providers;
    private final OrganizationRepository organizations;
    private final Outbox outbox;
    private final Clock clock;

    public DateOverrideService(DateOverrideRepository overrides, ProviderRepository providers,
                               OrganizationRepository organizations, Outbox outbox, Clock clock) {
        this.overrides = overrides;
        this.providers = providers;
        this.organizations = organizations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<DateOverride> create(UUID organizationId, DateOverrideRequest request) {
        requireConsistent(request);
        DateOverride override = new DateOverride();
        override.id = UUID.randomUUID();
        override.organizationId = organizationId;
        override.providerId = request.providerId();
        override.createdAt = Instant.now(clock);
        return requireScope(organizationId, request.providerId())
                .call(() -> requireDateFree(override, request))
                .map(ignored -> apply(request, override))
                .call(overrides::persistAndFlush)
                .call(this::publish);
    }

    @WithSession
    public Uni<DateOverride> get(UUID organizationId, UUID id) {
        return overrides.findInOrganization(organizationId, id);
    }

    @WithSession
    public Uni<Page<DateOverride>> list(UUID organizationId, DateOverrideFilter filter, PageRequest page) {
        return organizations.findExisting(organizationId)
                .flatMap(organization -> Pages.fetch(overrides.search(organizationId, filter), page));
    }

    @WithTransaction
    public Uni<DateOverride> replace(UUID organizationId, UUID id, DateOverrideRequest request) {
        requireConsistent(request);
        return overrides.findInOrganization(organizationId, id)
                .invoke(override -> {
                    Versions.require("date override", id, override.version, request.version());
                    if (!Objects.equals(override.providerId, request.providerId())) {
                        throw ProblemException.invalidField("providerId", "cannot change; remove the override and"
                                + " create one for the other provider");
                    }
                })
                .call(override -> requireDateFree(override, request))
                .invoke(override -> apply(request, override))
                .call(overrides::flush)
                .call(this::publish);
    }

    @WithTransaction
    public Uni<Void> delete(UUID organizationId, UUID id) {
        return overrides.findInOrganization(organizationId, id)
                .call(overrides::delete)
                .call(overrides::flush)
                .flatMap(override -> outbox.tombstone(Topics.PROVIDER_DATE_OVERRIDES, RecordKey.of(organizationId, id)));
    }

    private static void requireConsistent(DateOverrideRequest request) {
        boolean closed = Boolean.TRUE.equals(request.closed());
        List<LocalInterval> intervals = request.intervals() == null ? List.of() : request.intervals();
        if (closed && !intervals.isEmpty()) {
            throw ProblemException.invalidField("intervals", "a closed date has no hours; leave intervals out");
        }
        if (!closed && intervals.isEmpty()) {
            throw ProblemException.invalidField("intervals", "give the hours of the date, or closed: true");
        }
        if (request.providerId() == null && Boolean.TRUE.equals(request.workOnHoliday())) {
            throw ProblemException.invalidField("workOnHoliday", "only a provider's override can open a holiday");
        }
        WeeklyHours.requireValid("intervals", intervals.stream()
                .map(interval -> new WeeklyBlock(request.date().getDayOfWeek(), interval.start(), interval.end()))
                .toList());
    }

    private Uni<?> requireScope(UUID organizationId, UUID providerId) {
        return providerId == null
                ? organizations.findExisting(organizationId)
                : providers.findReferenced(organizationId, providerId, "providerId");
    }

    private Uni<Void> requireDateFree(DateOverride override, DateOverrideRequest request) {
        return overrides.dateTaken(override.organizationId, request.providerId(), request.date(), override.id)
                .invoke(taken -> {
                    if (taken) {
                        throw ProblemException.conflictOnField("date", "already has an override",
                                (request.providerId() == null ? "the organization" : "the provider")
                                        + " already has an override on " + request.date() + "; change that one");
                    }
                })
                .replaceWithVoid();
    }

    private DateOverride apply(DateOverrideRequest request, DateOverride override) {
        override.date = request.date();
        override.name = request.name();
        override.closed = Boolean.TRUE.equals(request.closed());
        override.intervals = request.intervals() == null ? List.of() : List.copyOf(request.intervals());
        override.workOnHoliday = Boolean.TRUE.equals(request.workOnHoliday());
        override.updatedAt = Instant.now(clock);
        return override;
    }

    private Uni<Void> publish(DateOverride override) {
        return outbox.publish(Topics.PROVIDER_DATE_OVERRIDES, RecordKey.of(override.organizationId, override.id),
                DateOverrideSnapshot.TYPE, DateOverrideView.snapshot(override));
    }
}
