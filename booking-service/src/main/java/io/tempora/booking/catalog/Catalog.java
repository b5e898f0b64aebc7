package io.tempora.booking.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.tempora.contracts.Topics;
import io.tempora.contracts.provider.CaseloadSnapshot;
import io.tempora.contracts.provider.OrganizationSnapshot;
import io.tempora.contracts.provider.ProviderSnapshot;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.provider.TimeOffSnapshot;
import io.tempora.contracts.resource.ResourceRequirementsSnapshot;
import io.tempora.contracts.resource.ResourceSnapshot;
import io.tempora.contracts.rules.PanelStatus;
import io.tempora.kit.kafka.FollowedModel;
import io.tempora.kit.kafka.FollowedSnapshots;
import io.tempora.kit.problem.ProblemException;
import io.tempora.slots.Offerings;

/**
 * What booking-service knows of other services' entities, followed from their compacted topics:
 * services (durations, buffers, seats, who offers them), providers (names and colors for
 * calendars), resources and what each service requires, organizations (single- or
 * multi-provider) and caseload panels, and time off (to catch a booking made in the moment before availability-service heard of it). Enough to validate a request and to
 * enforce capacity without asking anyone.
 */
public class Catalog implements FollowedModel<Catalog> {

    private final FollowedSnapshots<ServiceSnapshot> services;
    private final FollowedSnapshots<ProviderSnapshot> providers;
    private final FollowedSnapshots<ResourceSnapshot> resources;
    private final FollowedSnapshots<ResourceRequirementsSnapshot> requirements;
    private final FollowedSnapshots<OrganizationSnapshot> organizations;
    private final FollowedSnapshots<CaseloadSnapshot> caseloads;
    private final FollowedSnapshots<TimeOffSnapshot> timeOff;
    private final Map<String, FollowedSnapshots<?>> byTopic;
    private final BooleanSupplier caughtUp;

    public Catalog(BooleanSupplier caughtUp) {
        this.caughtUp = caughtUp;
        services = new FollowedSnapshots<>(ServiceSnapshot.class, caughtUp);
        providers = new FollowedSnapshots<>(ProviderSnapshot.class, caughtUp);
        resources = new FollowedSnapshots<>(ResourceSnapshot.class, caughtUp);
        requirements = new FollowedSnapshots<>(ResourceRequirementsSnapshot.class, caughtUp);
        organizations = new FollowedSnapshots<>(OrganizationSnapshot.class, caughtUp);
        caseloads = new FollowedSnapshots<>(CaseloadSnapshot.class, caughtUp);
        timeOff = new FollowedSnapshots<>(TimeOffSnapshot.class, caughtUp);
        byTopic = Map.of(Topics.PROVIDER_SERVICES.name(), services, Topics.PROVIDER_PROVIDERS.name(), providers,
                Topics.RESOURCE_RESOURCES.name(), resources, Topics.RESOURCE_REQUIREMENTS.name(), requirements,
                Topics.PROVIDER_ORGANIZATIONS.name(), organizations, Topics.PROVIDER_CASELOADS.name(), caseloads,
                Topics.PROVIDER_TIME_OFF.name(), timeOff);
    }

    public static List<String> topics() {
        return List.of(Topics.PROVIDER_SERVICES.name(), Topics.PROVIDER_PROVIDERS.name(),
                Topics.RESOURCE_RESOURCES.name(), Topics.RESOURCE_REQUIREMENTS.name(),
                Topics.PROVIDER_ORGANIZATIONS.name(), Topics.PROVIDER_CASELOADS.name(), Topics.PROVIDER_TIME_OFF.name());
    }

    /** A time off as provider-service last published it, if this service has heard of it. */
    public Optional<TimeOffSnapshot> timeOff(UUID organizationId, UUID timeOffId) {
        return timeOff.find(organizationId, timeOffId);
    }

    /** Whether approved time off of the provider overlaps {@code [from, to)}, as far as this service has heard. */
    public boolean away(UUID organizationId, UUID providerId, Instant from, Instant to) {
        return timeOff.inOrganization(organizationId).stream().anyMatch(leave -> leave.providerId().equals(providerId)
                && leave.blocksAvailability() && leave.start().isBefore(to) && from.isBefore(leave.end()));
    }

    @Override
    public void apply(ConsumerRecord<String, String> record) {
        byTopic.get(record.topic()).apply(record);
    }

    @Override
    public Catalog empty() {
        return new Catalog(caughtUp);
    }

    @Override
    public void adopt(Catalog rebuilt) {
        services.adopt(rebuilt.services);
        providers.adopt(rebuilt.providers);
        resources.adopt(rebuilt.resources);
        requirements.adopt(rebuilt.requirements);
        organizations.adopt(rebuilt.organizations);
        caseloads.adopt(rebuilt.caseloads);
        timeOff.adopt(rebuilt.timeOff);
    }

    /** An active service of the organization that a request names in {@code field}; a 400 naming it otherwise. */
    public ServiceSnapshot activeService(UUID organizationId, UUID serviceId, String field) {
        ServiceSnapshot service = services.require(organizationId, serviceId, () -> unknown(field, "service", serviceId));
        if (!service.active()) {
            throw ProblemException.invalidField(field, "service " + serviceId + " is not offered any more");
        }
        return service;
    }

    /** An active provider of the organization that offers the service; a 400 naming {@code field} otherwise. */
    public ProviderSnapshot offeringProvider(UUID organizationId, ServiceSnapshot service, UUID providerId, String field) {
        ProviderSnapshot provider = providers.require(organizationId, providerId, () -> unknown(field, "provider", providerId));
        if (!provider.active()) {
            throw ProblemException.invalidField(field, "provider " + providerId + " is not active");
        }
        if (service.offering(providerId).isEmpty()) {
            throw ProblemException.invalidField(field, "provider " + providerId + " does not offer service " + service.id());
        }
        return provider;
    }

    /**
     * Who takes bookings of the service (see {@link Offerings}). Until the organization's own
     * snapshot has arrived it counts as multi-provider, as availability-service would refuse it anyway.
     */
    public List<UUID> bookableProviders(UUID organizationId, ServiceSnapshot service) {
        return organizations.find(organizationId, organizationId)
                .map(organization -> Offerings.bookableProviders(service, organization, id -> providers
                        .find(organizationId, id).filter(ProviderSnapshot::active).isPresent()))
                .orElseGet(() -> service.providers().stream().map(ServiceSnapshot.Offering::providerId).toList());
    }

    /** Whether the provider's panel lets the caller book a client new to them; open for a provider without a caseload. */
    public PanelStatus panel(UUID organizationId, UUID providerId) {
        return CaseloadSnapshot.panelOf(caseloads.find(organizationId, providerId).orElse(null));
    }

    public Optional<ServiceSnapshot> service(UUID organizationId, UUID serviceId) {
        return services.find(organizationId, serviceId);
    }

    public Optional<ProviderSnapshot> provider(UUID organizationId, UUID providerId) {
        return providers.find(organizationId, providerId);
    }

    /** A resource of the organization a request names in {@code field}; a 400 naming it otherwise. */
    public ResourceSnapshot resource(UUID organizationId, UUID resourceId, String field) {
        return resources.require(organizationId, resourceId, () -> unknown(field, "resource", resourceId));
    }

    public List<ResourceRequirementsSnapshot.Requirement> requirements(UUID organizationId, UUID serviceId) {
        return requirements.find(organizationId, serviceId).map(ResourceRequirementsSnapshot::requirements).orElse(List.of());
    }

    /** The resources of a type that can be allocated (active, not deleted), in no particular order: the slot engine orders them. */
    public List<ResourceSnapshot> allocatable(UUID organizationId, UUID resourceTypeId) {
        return resources.inOrganization(organizationId).stream()
                .filter(resource -> resource.resourceTypeId().equals(resourceTypeId) && resource.active() && !resource.deleted())
                .toList();
    }

    private static ProblemException unknown(String field, String what, UUID id) {
        return ProblemException.invalidField(field, "no " + what + " " + id + " in this organization");
    }
}
