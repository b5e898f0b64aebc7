package io.tempora.provider.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an organization read returns: the whole organization for its members and the platform, the public part for everyone else. */
@Schema(anyOf = {OrganizationView.class, PublicOrganizationView.class})
public sealed interface OrganizationListing permits OrganizationView, PublicOrganizationView {
}
