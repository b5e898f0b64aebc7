package io.tempora.provider.organization;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.provider.OrganizationEvents;
import io.tempora.contracts.provider.OrganizationSnapshot;
import io.tempora.kit.concurrency.Versions;
import io.tempora.kit.paging.Page;
import io.tempora.kit.paging.PageRequest;
import io.tempora.kit.problem.ProblemException;
import io.tempora.persistence.Pages;
import io.tempora.persistence.outbox.Outbox;
import io.tempora.provider.hours.WeeklyHours;
import io.tempora.provider.provider.ProviderRepository;
import io.tempora.contracts.rules.OrganizationStatus;

@ApplicationScoped
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final ProviderRepository providers;
    private final Outbox outbox;
    private final Clock clock;

    public OrganizationService(OrganizationRepository organizations, ProviderRepository providers, Outbox outbox,
                               Clock clock) {
        this.organizations = organizations;
        this.providers = providers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Organization> create(OrganizationRequest request) {
        return create(UUID.randomUUID(), request);
    }

    /** With the id the identity provider already gave the organization (an owner's token names it). */
    @WithTransaction
    public Uni<Organization> create(UUID id, OrganizationRequest request) {
        Organization organization = new Organization();
        organization.id = id;
        organization.status = OrganizationStatus.ACTIVE;
        organization.createdAt = Instant.now(clock);
        organization.updatedAt = organization.createdAt;
        OrganizationMapper.apply(request, organization);
        WeeklyHours.requireValid("businessHours", organization.businessHours);
        return requireSlugFree(organization.slug)
                .flatMap(free -> organizations.persistAndFlush(organization))
                .call(this::publish);
    }

    @WithSession
    public Uni<Organization> get(UUID id) {
        return organizations.findExisting(id);
    }

    @WithSession
    public Uni<Page<Organization>> list(PageRequest page) {
        return Pages.fetch(organizations.findAll(Sort.by("name").and("id")), page);
    }

    /** Replaces the organization as a whole, if nobody changed it since the client read {@code version}. */
    @WithTransaction
    public Uni<Organization> replace(UUID id, OrganizationRequest request) {
        return organizations.findExisting(id)
                .invoke(current -> Versions.require("organization", id, current.version, request.version()))
                .call(current -> current.multiProviderEnabled && Boolean.FALSE.equals(request.multiProviderEnabled())
                        ? requireAtMostOneProviderWithFutureBookings(id)
                        : Uni.createFrom().voidItem())
                .call(current -> current.slug.equals(request.slug())
                        ? Uni.createFrom().voidItem()
                        : requireSlugFree(request.slug()))
                .chain(current -> {
                    boolean wasMultiProvider = current.multiProviderEnabled;
                    OrganizationMapper.apply(request, current);
                    WeeklyHours.requireValid("businessHours", current.businessHours);
                    current.updatedAt = Instant.now(clock);
                    return organizations.flush()
                            .chain(() -> publish(current))
                            .chain(() -> current.multiProviderEnabled == wasMultiProvider ? Uni.createFrom().voidItem()
                                    : announceMultiProvider(current))
                            .replaceWith(current);
                });
    }

    private Uni<Void> announceMultiProvider(Organization organization) {
        return outbox.publish(Topics.PROVIDER_ORGANIZATION_EVENTS, RecordKey.of(organization.id, organization.id),
                organization.multiProviderEnabled ? OrganizationEvents.MULTI_PROVIDER_ENABLED
                        : OrganizationEvents.MULTI_PROVIDER_DISABLED,
                new OrganizationEvents.MultiProviderChanged(organization.id, organization.multiProviderEnabled,
                        organization.updatedAt));
    }

    /**
     * Back to a single-provider business only while at most one provider has bookings ahead:
     * otherwise clients would be booked with someone the practice no longer shows.
     */
    private Uni<Void> requireAtMostOneProviderWithFutureBookings(UUID organizationId) {
        return providers.activeWithFutureBookings(organizationId).invoke(providers -> {
            if (providers.size() > 1) {
                throw ProblemException.conflictOnField("multiProviderEnabled", "cannot be turned off while "
                        + providers.size() + " active providers have future bookings",
                        "providers " + String.join(", ", providers) + " have future bookings; move or cancel them"
                                + " until at most one provider has any, then turn multi-provider off");
            }
        }).replaceWithVoid();
    }

    private Uni<Void> requireSlugFree(String slug) {
        return organizations.slugTaken(slug).invoke(taken -> {
            if (taken) {
                throw ProblemException.conflictOnField("slug", "already taken",
                        "slug " + slug + " is taken by another organization");
            }
        }).replaceWithVoid();
    }

    private Uni<Void> publish(Organization organization) {
        return outbox.publish(Topics.PROVIDER_ORGANIZATIONS, RecordKey.of(organization.id, organization.id),
                OrganizationSnapshot.TYPE, OrganizationMapper.toSnapshot(organization));
    }
}
