package io.tempora.booking.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Chooses the resources a booking holds: the ones asked for when they are free, the rest the
 * first free ones by name, as many of each required type as the service needs. A resource is
 * free while fewer sessions than its capacity hold it.
 */
public final class ResourcePicker {

    private ResourcePicker() {
    }

    /**
     * One required resource type.
     *
     * @param options the type's allocatable resources, by name
     * @param chosen  resources of this type the client or staff asked for (at most {@code quantity})
     */
    public record Need(UUID resourceTypeId, int quantity, List<Option> options, List<UUID> chosen) {
    }

    public record Option(UUID resourceId, int capacity) {
    }

    /** @param shortTypes the required types that lack free resources (empty when {@code resourceIds} is complete) */
    public record Pick(List<UUID> resourceIds, List<UUID> shortTypes) {

        public boolean complete() {
            return shortTypes.isEmpty();
        }
    }

    /** @param sessionsHolding per resource, how many sessions hold it during the claimed interval */
    public static Pick pick(List<Need> needs, Map<UUID, Integer> sessionsHolding) {
        List<UUID> picked = new ArrayList<>();
        List<UUID> shortTypes = new ArrayList<>();
        for (Need need : needs) {
            List<UUID> ofType = new ArrayList<>();
            for (UUID chosen : need.chosen()) {
                need.options().stream().filter(option -> option.resourceId().equals(chosen))
                        .filter(option -> isFree(option, sessionsHolding))
                        .findFirst().ifPresent(option -> ofType.add(chosen));
            }
            boolean chosenAllFree = ofType.size() == need.chosen().size();
            for (Option option : need.options()) {
                if (ofType.size() >= need.quantity() || !chosenAllFree) {
                    break;
                }
                if (!need.chosen().contains(option.resourceId()) && isFree(option, sessionsHolding)) {
                    ofType.add(option.resourceId());
                }
            }
            if (!chosenAllFree || ofType.size() < need.quantity()) {
                shortTypes.add(need.resourceTypeId());
            }
            picked.addAll(ofType);
        }
        return new Pick(List.copyOf(picked), List.copyOf(shortTypes));
    }

    private static boolean isFree(Option option, Map<UUID, Integer> sessionsHolding) {
        return sessionsHolding.getOrDefault(option.resourceId(), 0) < option.capacity();
    }
}
