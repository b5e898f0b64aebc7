package io.tempora.provider.imports;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import did, or with {@code dryRun} would do: per kind of thing, how many were created
 * and how many existed already, and every appointment that could not be placed, with why.
 */
@Schema(name = "SoloPracticeImportReport")
public record ImportReport(boolean dryRun, UUID organizationId, UUID providerId, Counts organization, Counts provider,
                           Counts schedule, Counts holidays, Counts services, Counts appointments,
                           List<Unplaced> unplaced) {

    public record Counts(int created, int existing) {
    }

    /** @param reason UNKNOWN_SERVICE, ENDS_BEFORE_IT_STARTS, ON_A_HOLIDAY, OUTSIDE_BUSINESS_HOURS or OVERLAPS_ANOTHER */
    public record Unplaced(String externalId, String reason, String detail) {
    }
}
