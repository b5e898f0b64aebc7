package io.tempora.contracts.provider;

import java.util.UUID;

import io.tempora.contracts.rules.PanelStatus;

/**
 * How many clients a provider looks after, on {@code provider.caseloads.v1}, keyed by provider id.
 *
 * @param maximumCaseload how many clients the provider means to look after at most; null for no limit
 * @param panelStatus     whether the provider takes new clients
 */
public record CaseloadSnapshot(UUID providerId, UUID organizationId, int activeClientCount,
                               Integer maximumCaseload, PanelStatus panelStatus, long version) {

    public static final String TYPE = "caseload_snapshot";

    /** A provider of whom nothing was published takes new clients. */
    public static PanelStatus panelOf(CaseloadSnapshot caseload) {
        return caseload == null ? PanelStatus.OPEN : caseload.effectivePanel();
    }

    /**
     * The panel as booking applies it: a reached maximum limits an open panel, so that only staff
     * take on another client, case by case.
     */
    public PanelStatus effectivePanel() {
        boolean full = maximumCaseload != null && activeClientCount >= maximumCaseload;
        return panelStatus == PanelStatus.OPEN && full ? PanelStatus.LIMITED : panelStatus;
    }
}
