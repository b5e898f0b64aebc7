package io.tempora.booking.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.tempora.booking.capacity.Claim;
import io.tempora.booking.catalog.Catalog;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.resource.ResourceRequirementsSnapshot;
import io.tempora.contracts.resource.ResourceSnapshot;
import io.tempora.kit.problem.ProblemException;

/** Turns a request into the capacity it claims, refusing resources the service cannot use. */
@ApplicationScoped
public class Claims {

    private final Catalog catalog;

    public Claims(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param chosen     resources asked for (named {@code resourceIds[i]} in problems); the rest is allocated
     * @param overriding staff booking over conflicts
     */
    public Claim claim(UUID organizationId, UUID bookingId, ServiceSnapshot service, Instant start, int seats,
                       List<UUID> chosen, boolean overriding) {
        if (seats > service.capacity()) {
            throw ProblemException.invalidField("seats", "the service has " + service.capacity() + " seats per slot");
        }
        List<ResourceRequirementsSnapshot.Requirement> required = catalog.requirements(organizationId, service.id());
        requireUsable(organizationId, required, chosen);
        List<Claim.RequiredType> types = required.stream().map(requirement -> new Claim.RequiredType(
                requirement.resourceTypeId(), requirement.quantity(),
                catalog.allocatable(organizationId, requirement.resourceTypeId()))).toList();
        return new Claim(organizationId, bookingId, service, start, null, seats, types, List.copyOf(chosen), overriding);
    }

    /** Each chosen resource is this organization's, bookable, of a required type, listed once and within the type's quantity. */
    private void requireUsable(UUID organizationId, List<ResourceRequirementsSnapshot.Requirement> required,
                               List<UUID> chosen) {
        Map<UUID, Integer> quantities = required.stream().collect(Collectors.toMap(
                ResourceRequirementsSnapshot.Requirement::resourceTypeId, ResourceRequirementsSnapshot.Requirement::quantity));
        Set<UUID> seen = new HashSet<>();
        Map<UUID, List<UUID>> byType = new HashMap<>();
        for (int i = 0; i < chosen.size(); i++) {
            String field = "resourceIds[" + i + "]";
            ResourceSnapshot resource = catalog.resource(organizationId, chosen.get(i), field);
            if (!seen.add(resource.id())) {
                throw ProblemException.invalidField(field, "resource " + resource.id() + " is listed twice");
            }
            if (resource.deleted() || !resource.active()) {
                throw ProblemException.invalidField(field, "resource " + resource.name() + " cannot be booked (inactive or deleted)");
            }
            Integer quantity = quantities.get(resource.resourceTypeId());
            if (quantity == null) {
                throw ProblemException.invalidField(field, "resource " + resource.name()
                        + " is not of a type this service requires");
            }
            List<UUID> ofType = byType.computeIfAbsent(resource.resourceTypeId(), type -> new ArrayList<>());
            ofType.add(resource.id());
            if (ofType.size() > quantity) {
                throw ProblemException.invalidField(field, "the service needs only " + quantity
                        + " resources of this type");
            }
        }
    }
}
