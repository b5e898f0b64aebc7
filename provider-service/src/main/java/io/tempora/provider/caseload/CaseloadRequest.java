package io.tempora.provider.caseload;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.tempora.contracts.rules.PanelStatus;

/**
 * @param maximumCaseload   most clients the provider looks after; null for no limit
 * @param activeClientCount to correct the count by hand (bookings keep it current); left out keeps it
 * @param version           the version read; may be left out on the first change
 */
@Schema(name = "CaseloadRequest")
public record CaseloadRequest(
        @Min(0) @Max(100000) Integer maximumCaseload,
        @NotNull PanelStatus panelStatus,
        @Min(0) @Max(100000) Integer activeClientCount,
        Long version) {
}
