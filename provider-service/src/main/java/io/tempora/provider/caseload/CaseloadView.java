package io.tempora.provider.caseload;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.tempora.contracts.provider.CaseloadSnapshot;
import io.tempora.contracts.rules.PanelStatus;

/** @param atCapacity true when a maximum is set and reached */
@Schema(name = "Caseload")
public record CaseloadView(UUID providerId, UUID organizationId, int activeClientCount, Integer maximumCaseload,
                           PanelStatus panelStatus, boolean atCapacity, long version, Instant updatedAt) {

    static CaseloadView of(Caseload caseload) {
        return new CaseloadView(caseload.providerId, caseload.organizationId, caseload.activeClientCount,
                caseload.maximumCaseload, caseload.panelStatus,
                caseload.maximumCaseload != null && caseload.activeClientCount >= caseload.maximumCaseload,
                caseload.version, caseload.updatedAt);
    }

    static CaseloadSnapshot snapshot(Caseload caseload) {
        return new CaseloadSnapshot(caseload.providerId, caseload.organizationId, caseload.activeClientCount,
                caseload.maximumCaseload, caseload.panelStatus, caseload.version);
    }
}
