package io.tempora.provider.appointmenttype;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.kit.concurrency.Versions;
import io.tempora.kit.paging.Page;
import io.tempora.kit.paging.PageRequest;
import io.tempora.kit.problem.ProblemException;
import io.tempora.persistence.Pages;
import io.tempora.persistence.outbox.Outbox;
import io.tempora.provider.organization.OrganizationRepository;
import io.tempora.provider.provider.ProviderRepository;
import io.tempora.contracts.rules.ProviderSelection;
import io.tempora.contracts.rules.AssignmentStrategy;

/** Services (appointment types) and who offers them; each change republishes the whole service. */
@ApplicationScoped
public class AppointmentTypeService {

    private static final int DEFAULT_PRIORITY = 100;
    /**
     * The service's snapshot lists every provider offering it; this keeps it far below Kafka's
     * record size limit (about 200 bytes an offering) and each availability answer's work bounded.
     */
    public static final int MAXIMUM_PROVIDERS_PER_SERVICE = 500;

    private final AppointmentTypeRepository services;
    private final ProviderAssignmentRepository assignments;
    private final ProviderRepository providers;
    private final OrganizationRepository organizations;
    private final Outbox outbox;
    private final Clock clock;

    public AppointmentTypeService(AppointmentTypeRepository services, ProviderAssignmentRepository assignments,
                                  ProviderRepository providers, OrganizationRepository organizations, Outbox outbox,
                                  Clock clock) {
        this.services = services;
        this.assignments = assignments;
        this.providers = providers;
        this.organizations = organizations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<AppointmentTypeView> create(UUID organizationId, AppointmentTypeRequest request) {
        AppointmentType service = new AppointmentType();
        service.id = UUID.randomUUID();
        service.organizationId = organizationId;
        service.createdAt = Instant.now(clock);
        apply(request, service);
        return organizations.findExisting(organizationId)
                .call(organization -> requireNameFree(organizationId, service.name, service.id))
                .flatMap(organization -> services.persistAndFlush(service))
                .flatMap(this::publish);
    }

    @WithSession
    public Uni<AppointmentTypeView> get(UUID organizationId, UUID id) {
        return services.findInOrganization(organizationId, id)
                .flatMap(service -> assignments.ofService(id).map(offered -> AppointmentTypeView.of(service, offered)));
    }

    @WithSession
    public Uni<Page<AppointmentTypeView>> list(UUID organizationId, Boolean active, PageRequest page) {
        return organizations.findExisting(organizationId)
                .flatMap(organization -> Pages.fetch(services.search(organizationId, active), page))
                .flatMap(found -> {
                    List<UUID> ids = found.items().stream().map(service -> service.id).toList();
                    return assignmentsOf(ids).map(byService -> found.map(service ->
                            AppointmentTypeView.of(service, byService.getOrDefault(service.id, List.of()))));
                });
    }

    @WithTransaction
    public Uni<AppointmentTypeView> replace(UUID organizationId, UUID id, AppointmentTypeRequest request) {
        String name = request.name().strip();
        return services.findInOrganization(organizationId, id)
                .invoke(service -> Versions.require("service", id, service.version, request.version()))
                // checked before the change: the query would otherwise flush it and hit the unique index
                .call(service -> requireNameFree(organizationId, name, id))
                .invoke(service -> apply(request, service))
                .call(services::flush)
                .flatMap(this::publish);
    }

    /** Deletes the service and its assignments; consumers receive a tombstone. */
    @WithTransaction
    public Uni<Void> delete(UUID organizationId, UUID id) {
        return services.findInOrganization(organizationId, id)
                .call(service -> assignments.delete("serviceId", id))
                .call(services::delete)
                .call(services::flush)
                .flatMap(service -> outbox.tombstone(Topics.PROVIDER_SERVICES, RecordKey.of(organizationId, id)));
    }

    /** Lets a provider of the organization offer the service; each provider at most once. */
    @WithTransaction
    public Uni<AppointmentTypeView> assign(UUID organizationId, UUID serviceId, AssignmentRequest request) {
        if (request.providerId() == null) {
            return Uni.createFrom().failure(ProblemException.invalidField("providerId", "must not be null"));
        }
        return services.findInOrganization(organizationId, serviceId)
                .call(service -> assignments.countOfService(serviceId).invoke(count -> {
                    if (count >= MAXIMUM_PROVIDERS_PER_SERVICE) {
                        throw ProblemException.conflict("service " + serviceId + " is offered by " + count
                                + " providers, the most one service may have");
                    }
                }))
                .call(service -> providers.findReferenced(organizationId, request.providerId(), "providerId")
                        .invoke(provider -> {
                            if (!provider.active) {
                                throw ProblemException.invalidField("providerId",
                                        "provider " + provider.id + " is deactivated");
                            }
                        }))
                .call(service -> assignments.exists(serviceId, request.providerId()).invoke(exists -> {
                    if (exists) {
                        throw ProblemException.conflictOnField("providerId", "already offers this service",
                                "provider " + request.providerId() + " already offers service " + serviceId);
                    }
                }))
                .call(service -> {
                    ProviderAssignment assignment = new ProviderAssignment();
                    assignment.id = UUID.randomUUID();
                    assignment.organizationId = organizationId;
                    assignment.serviceId = serviceId;
                    assignment.providerId = request.providerId();
                    assignment.createdAt = Instant.now(clock);
                    applyOverrides(request, assignment);
                    return assignments.persist(assignment);
                })
                .flatMap(this::touchAndPublish);
    }

    @WithTransaction
    public Uni<AppointmentTypeView> changeAssignment(UUID organizationId, UUID serviceId, UUID providerId,
                                                     AssignmentRequest request) {
        return services.findInOrganization(organizationId, serviceId)
                .call(service -> assignments.findPair(serviceId, providerId)
                        .invoke(assignment -> applyOverrides(request, assignment)))
                .flatMap(this::touchAndPublish);
    }

    @WithTransaction
    public Uni<AppointmentTypeView> unassign(UUID organizationId, UUID serviceId, UUID providerId) {
        return services.findInOrganization(organizationId, serviceId)
                .call(service -> assignments.findPair(serviceId, providerId).call(assignments::delete))
                .flatMap(this::touchAndPublish);
    }

    private static void applyOverrides(AssignmentRequest request, ProviderAssignment assignment) {
        assignment.priority = request.priority() == null ? DEFAULT_PRIORITY : request.priority();
        assignment.durationMinutes = request.durationMinutes();
        assignment.priceAmount = request.price() == null ? null : request.price().amount();
        assignment.priceCurrency = request.price() == null ? null : request.price().currency();
    }

    private void apply(AppointmentTypeRequest request, AppointmentType service) {
        service.name = request.name().strip();
        service.description = request.description();
        service.durationMinutes = request.durationMinutes();
        service.bufferBeforeMinutes = valueOr(request.bufferBeforeMinutes(), 0);
        service.bufferAfterMinutes = valueOr(request.bufferAfterMinutes(), 0);
        service.slotStepMinutes = valueOr(request.slotStepMinutes(), request.durationMinutes());
        service.capacity = valueOr(request.capacity(), 1);
        service.providerSelection = request.providerSelection() == null
                ? ProviderSelection.CLIENT_CHOOSES : request.providerSelection();
        service.assignmentStrategy = request.assignmentStrategy() == null
                ? AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY : request.assignmentStrategy();
        service.minimumNoticeMinutes = valueOr(request.minimumNoticeMinutes(), 0);
        service.maximumAdvanceDays = valueOr(request.maximumAdvanceDays(), 90);
        service.priceAmount = request.price() == null ? null : request.price().amount();
        service.priceCurrency = request.price() == null ? null : request.price().currency();
        service.active = request.active() == null || request.active();
        service.updatedAt = Instant.now(clock);
    }

    private static int valueOr(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private Uni<Void> requireNameFree(UUID organizationId, String name, UUID serviceId) {
        return services.nameTaken(organizationId, name, serviceId).invoke(taken -> {
            if (taken) {
                throw ProblemException.conflictOnField("name", "already taken",
                        "the organization already offers a service named " + name);
            }
        }).replaceWithVoid();
    }

    private Uni<Map<UUID, List<ProviderAssignment>>> assignmentsOf(List<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return assignments.list("serviceId in ?1 order by priority, createdAt, id", serviceIds)
                .map(all -> all.stream().collect(Collectors.groupingBy(assignment -> assignment.serviceId)));
    }

    /** An assignment change is a change of the service: its version moves and it is republished. */
    private Uni<AppointmentTypeView> touchAndPublish(AppointmentType service) {
        service.updatedAt = Instant.now(clock);
        return services.flush().replaceWith(service).flatMap(this::publish);
    }

    private Uni<AppointmentTypeView> publish(AppointmentType service) {
        return assignments.ofService(service.id).call(offered -> outbox.publish(Topics.PROVIDER_SERVICES,
                        RecordKey.of(service.organizationId, service.id), ServiceSnapshot.TYPE,
                        AppointmentTypeView.snapshot(service, offered)))
                .map(offered -> AppointmentTypeView.of(service, offered));
    }
}
