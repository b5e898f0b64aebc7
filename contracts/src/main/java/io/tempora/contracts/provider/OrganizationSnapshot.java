package io.tempora.contracts.provider;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.tempora.contracts.WeeklyBlock;
import io.tempora.contracts.rules.OrganizationStatus;

/**
 * The whole current state of an organization (tenant) on {@code provider.organizations.v1}.
 *
 * @param timeZone             IANA zone its business hours are read in
 * @param businessHours        when linked individuals may work
 * @param multiProviderEnabled false: behaves as a single-provider business (no provider choice)
 */
public record OrganizationSnapshot(
        UUID id,
        String name,
        String slug,
        String timeZone,
        List<WeeklyBlock> businessHours,
        OrganizationStatus status,
        boolean multiProviderEnabled,
        long version,
        Instant updatedAt) {

    public static final String TYPE = "organization_snapshot";

    /** A suspended organization offers no availability and takes no bookings; its existing bookings stay. */
    public boolean takesBookings() {
        return status != OrganizationStatus.SUSPENDED;
    }
}
