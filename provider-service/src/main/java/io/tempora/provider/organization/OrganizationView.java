package io.tempora.provider.organization;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.tempora.contracts.rules.OrganizationStatus;

/** An organization as the API returns it. */
@Schema(name = "Organization")
public record OrganizationView(
        UUID id,
        String name,
        String slug,
        String timeZone,
        List<BusinessHoursBlock> businessHours,
        OrganizationStatus status,
        boolean multiProviderEnabled,
        long version,
        Instant createdAt,
        Instant updatedAt) implements OrganizationListing {
}
