package io.tempora.contracts.provider;

import java.util.List;
import java.util.UUID;

/**
 * A provider (staff member, or an organization-type provider that is bookable itself) on
 * {@code provider.providers.v1}. Providers are never deleted, only deactivated.
 *
 * @param type             {@code ORGANIZATION} or {@code INDIVIDUAL}
 * @param parentProviderId the organization-type provider it belongs to, or null
 * @param independent      true when it belongs to no organization-type provider
 * @param timeZone         IANA zone its schedules are read in
 */
public record ProviderSnapshot(
        UUID id,
        UUID organizationId,
        String type,
        UUID parentProviderId,
        boolean independent,
        String name,
        String bio,
        String avatarUrl,
        List<String> specialties,
        String colorCode,
        boolean active,
        UUID userId,
        String timeZone,
        long version) {

    public static final String TYPE = "provider_snapshot";
}
