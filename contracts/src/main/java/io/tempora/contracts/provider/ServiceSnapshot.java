package io.tempora.contracts.provider;

import java.util.List;
import java.util.UUID;

/**
 * A service (appointment type) an organization offers, on {@code provider.services.v1}; a
 * tombstone means it was deleted.
 *
 * @param durationMinutes       length of the appointment itself
 * @param bufferBeforeMinutes   time the provider needs before it (setup), not bookable by others
 * @param bufferAfterMinutes    time the provider needs after it (clean-up)
 * @param slotStepMinutes       distance between candidate starts, counted from each working window's start
 * @param capacity              seats per slot: 1 for one-to-one, more for group services
 * @param clientChoosesProvider true: clients see and pick providers; false: the assignment strategy picks
 * @param providerIds           the providers who offer it
 */
public record ServiceSnapshot(
        UUID id,
        UUID organizationId,
        String name,
        int durationMinutes,
        int bufferBeforeMinutes,
        int bufferAfterMinutes,
        int slotStepMinutes,
        int capacity,
        int minimumNoticeMinutes,
        int maximumAdvanceDays,
        boolean clientChoosesProvider,
        boolean active,
        List<UUID> providerIds,
        long version) {

    public static final String TYPE = "service_snapshot";
}
