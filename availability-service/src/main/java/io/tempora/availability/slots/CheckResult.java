package io.tempora.availability.slots;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.Conflict;
import io.tempora.slots.Requirement;

/**
 * What stands in the way of a concrete request.
 *
 * @param conflicts  for the provider asked for, or, when any provider will do and none can, all
 *                   reasons found; in priority order
 * @param candidates providers who can take it, in assignment order
 * @param providers  every provider considered with its own conflicts, in assignment order
 * @param resources  per required resource type: free resources and the ones suggested
 */
@Schema(name = "AvailabilityCheck")
public record CheckResult(boolean bookable, List<Conflict> conflicts, List<UUID> candidates,
                          List<ProviderCheck> providers, List<ResourceCheck> resources) {

    /**
     * @param durationMinutes how long the appointment lasts with this provider
     * @param price           what it costs with them; null when the service has no price
     */
    @Schema(name = "AvailabilityProviderCheck")
    public record ProviderCheck(UUID providerId, String name, List<Conflict> conflicts, int remainingSeats,
                                int durationMinutes, ServiceSnapshot.Money price) {
    }

    /**
     * @param freeResourceIds      the type's free resources, in the order they are allocated
     * @param suggestedResourceIds what a booking would take: the chosen ones when free, then the first free
     *                             ones by name; fewer than {@code quantity} when not enough are free
     * @param missing              how many more free resources of the type a booking would need
     */
    @Schema(name = "AvailabilityResourceCheck")
    public record ResourceCheck(UUID resourceTypeId, int quantity, List<UUID> freeResourceIds,
                                List<UUID> suggestedResourceIds, int missing) {

        static ResourceCheck of(Requirement.Choice choice) {
            return new ResourceCheck(choice.resourceTypeId(), choice.quantity(), choice.free(), choice.picked(),
                    choice.missing());
        }

        /** A booking joining a group session holds the session's resources of the type. */
        static ResourceCheck joining(Requirement requirement, Requirement.Choice choice, List<UUID> sessionResources) {
            List<UUID> ofType = sessionResources.stream().filter(id -> requirement.resources().stream()
                    .anyMatch(resource -> resource.id().equals(id))).toList();
            return new ResourceCheck(choice.resourceTypeId(), choice.quantity(), choice.free(), ofType, 0);
        }
    }
}
