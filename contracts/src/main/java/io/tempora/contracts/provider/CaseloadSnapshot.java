package io.tempora.contracts.provider;

import java.util.UUID;

/**
 * How many clients a provider looks after, on {@code provider.caseloads.v1}, keyed by provider id.
 *
 * @param panelStatus {@code OPEN} (takes new clients), {@code LIMITED} (case by case) or {@code CLOSED}
 */
public record CaseloadSnapshot(UUID providerId, UUID organizationId, int activeClientCount,
                               Integer maximumCaseload, String panelStatus, long version) {

    public static final String TYPE = "caseload_snapshot";
}
