package io.tempora.provider.organization;

import io.tempora.contracts.provider.OrganizationSnapshot;

final class OrganizationMapper {

    private OrganizationMapper() {
    }

    static OrganizationView toView(Organization organization) {
        return new OrganizationView(organization.id, organization.name, organization.slug, organization.timeZone,
                organization.businessHours.stream().map(BusinessHoursBlock::of).toList(),
                organization.status, organization.multiProviderEnabled, organization.version,
                organization.createdAt, organization.updatedAt);
    }

    static PublicOrganizationView toPublicView(Organization organization) {
        return new PublicOrganizationView(organization.id, organization.name, organization.slug, organization.timeZone,
                organization.businessHours.stream().map(BusinessHoursBlock::of).toList());
    }

    static OrganizationSnapshot toSnapshot(Organization organization) {
        return new OrganizationSnapshot(organization.id, organization.name, organization.slug, organization.timeZone,
                organization.businessHours, organization.status, organization.multiProviderEnabled,
                organization.version, organization.updatedAt);
    }

    /** Copies the request onto the entity; fields the request leaves out keep their value. */
    static void apply(OrganizationRequest request, Organization organization) {
        organization.name = request.name().strip();
        organization.slug = request.slug();
        organization.timeZone = request.timeZone();
        organization.businessHours = request.businessHours().stream().map(BusinessHoursBlock::toWeeklyBlock).toList();
        if (request.status() != null) {
            organization.status = request.status();
        }
        if (request.multiProviderEnabled() != null) {
            organization.multiProviderEnabled = request.multiProviderEnabled();
        }
    }
}
