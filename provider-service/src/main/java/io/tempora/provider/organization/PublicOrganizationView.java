package io.tempora.provider.organization;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organization as its booking page shows it to anyone: who it is, where its clocks are, when it is open. */
@Schema(name = "PublicOrganization")
public record PublicOrganizationView(UUID id, String name, String slug, String timeZone,
                                     List<BusinessHoursBlock> businessHours) implements OrganizationListing {
}
