package io.tempora.contracts.provider;

import java.util.UUID;

import io.tempora.contracts.rules.PanelStatus;

/**
 * How many clients a provider looks after, on {@code provider.caseloads.v1}, keyed by provider id.
 *
 * @param panelStatus whether the provider takes new clients
 */
public record CaseloadSnapshot(UUID providerId, UUID organizationId, int activeClientCount,
                               Integer maximumCaseload, PanelStatus panelStatus, long version) {

    public static final String TYPE = "caseload_snapshot";
}
