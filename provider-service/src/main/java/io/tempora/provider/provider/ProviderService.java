package io.tempora.provider.provider;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.provider.ProviderSnapshot;
import io.tempora.kit.concurrency.Versions;
import io.tempora.kit.paging.Page;
import io.tempora.kit.paging.PageRequest;
import io.tempora.kit.problem.ProblemException;
import io.tempora.persistence.Pages;
import io.tempora.persistence.outbox.Outbox;
import io.tempora.provider.organization.OrganizationRepository;

@ApplicationScoped
public class ProviderService {

    private final ProviderRepository providers;
    private final OrganizationRepository organizations;
    private final Outbox outbox;
    private final Clock clock;

    public ProviderService(ProviderRepository providers, OrganizationRepository organizations, Outbox outbox,
                           Clock clock) {
        this.providers = providers;
        this.organizations = organizations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Provider> create(UUID organizationId, ProviderRequest request) {
        return organizations.findExisting(organizationId)
                .map(organization -> {
                    Provider provider = new Provider();
                    provider.id = UUID.randomUUID();
                    provider.organizationId = organizationId;
                    provider.type = request.type();
                    provider.timeZone = organization.timeZone;
                    provider.active = true;
                    provider.createdAt = Instant.now(clock);
                    apply(request, provider);
                    return provider;
                })
                .call(provider -> requireValidParent(provider))
                .call(providers::persistAndFlush)
                .call(this::publish);
    }

    @WithSession
    public Uni<Provider> get(UUID organizationId, UUID id) {
        return providers.findInOrganization(organizationId, id);
    }

    @WithSession
    public Uni<Page<Provider>> list(UUID organizationId, ProviderFilter filter, PageRequest page) {
        return organizations.findExisting(organizationId)
                .flatMap(organization -> Pages.fetch(providers.search(organizationId, filter), page));
    }

    /** Replaces a provider; {@code active: false} deactivates it and keeps its history. */
    @WithTransaction
    public Uni<Provider> replace(UUID organizationId, UUID id, ProviderRequest request) {
        return providers.findInOrganization(organizationId, id)
                .invoke(provider -> {
                    Versions.require("provider", id, provider.version, request.version());
                    if (provider.type != request.type()) {
                        throw ProblemException.invalidField("type", "cannot change here; an independent individual"
                                + " becomes an organization through convert-to-organization");
                    }
                    apply(request, provider);
                })
                .call(this::requireValidParent)
                .call(providers::flush)
                .call(this::publish);
    }

    /**
     * An independent individual who hires staff becomes an organization-type provider. The id
     * stays, so its services, schedules and bookings stay with it.
     */
    @WithTransaction
    public Uni<Provider> convertToOrganization(UUID organizationId, UUID id) {
        return providers.findInOrganization(organizationId, id)
                .invoke(provider -> {
                    if (provider.type != Provider.Type.INDIVIDUAL || !provider.independent()) {
                        throw ProblemException.conflict("only an independent individual can become an organization;"
                                + " provider " + id + " is " + (provider.type == Provider.Type.ORGANIZATION
                                ? "one already" : "linked to " + provider.parentProviderId));
                    }
                    provider.type = Provider.Type.ORGANIZATION;
                    provider.updatedAt = Instant.now(clock);
                })
                .call(providers::flush)
                .call(this::publish);
    }

    /** Links an individual to an organization-type provider (an accepted invitation or join request). */
    public Uni<Provider> link(Provider individual, Provider organization) {
        individual.parentProviderId = organization.id;
        individual.updatedAt = Instant.now(clock);
        return providers.flush().call(() -> publish(individual)).replaceWith(individual);
    }

    private void apply(ProviderRequest request, Provider provider) {
        provider.parentProviderId = request.parentProviderId();
        provider.name = request.name().strip();
        provider.bio = request.bio();
        provider.avatarUrl = request.avatarUrl();
        provider.specialties.clear();
        if (request.specialties() != null) {
            request.specialties().stream().map(String::strip).distinct().forEach(provider.specialties::add);
        }
        provider.colorCode = request.colorCode() == null ? null : request.colorCode().toUpperCase(java.util.Locale.ROOT);
        if (request.active() != null) {
            provider.active = request.active();
        }
        provider.userId = request.userId();
        if (request.timeZone() != null) {
            provider.timeZone = request.timeZone();
        }
        provider.updatedAt = Instant.now(clock);
    }

    /**
     * A parent is an active organization-type provider of the same organization, and following
     * parents upwards from it never comes back to the provider itself.
     */
    private Uni<Void> requireValidParent(Provider provider) {
        if (provider.parentProviderId == null) {
            return Uni.createFrom().voidItem();
        }
        if (provider.parentProviderId.equals(provider.id)) {
            throw ProblemException.conflictOnField("parentProviderId", "is the provider itself",
                    "a provider cannot be its own parent");
        }
        return providers.organizationTypes(provider.organizationId).invoke(candidates -> {
            Map<UUID, Provider> byId = new HashMap<>();
            candidates.forEach(candidate -> byId.put(candidate.id, candidate));
            Provider parent = byId.get(provider.parentProviderId);
            if (parent == null) {
                throw ProblemException.invalidField("parentProviderId", "no organization-type provider "
                        + provider.parentProviderId + " in this organization; individuals have no staff");
            }
            if (!parent.active) {
                throw ProblemException.invalidField("parentProviderId", "provider " + parent.id + " is deactivated");
            }
            List<UUID> chain = new java.util.ArrayList<>();
            for (Provider ancestor = parent; ancestor != null; ancestor = byId.get(ancestor.parentProviderId)) {
                if (ancestor.id.equals(provider.id) || chain.contains(ancestor.id)) {
                    throw ProblemException.conflictOnField("parentProviderId", "would make a cycle",
                            "linking " + provider.id + " under " + parent.id + " would make the hierarchy a cycle");
                }
                chain.add(ancestor.id);
            }
        }).replaceWithVoid();
    }

    Uni<Void> publish(Provider provider) {
        return outbox.publish(Topics.PROVIDER_PROVIDERS, RecordKey.of(provider.organizationId, provider.id),
                ProviderSnapshot.TYPE, ProviderView.snapshot(provider));
    }
}
