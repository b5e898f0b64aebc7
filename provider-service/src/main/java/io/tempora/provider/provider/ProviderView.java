package io.tempora.provider.provider;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.tempora.contracts.provider.ProviderSnapshot;

/** @param independent true when the provider belongs to no organization-type provider */
@Schema(name = "Provider")
public record ProviderView(UUID id, UUID organizationId, Provider.Type type, UUID parentProviderId,
                           boolean independent, String name, String bio, String avatarUrl, List<String> specialties,
                           String colorCode, boolean active, UUID userId, String timeZone, long version,
                           Instant createdAt, Instant updatedAt) implements ProviderListing {

    public static ProviderView of(Provider provider) {
        return new ProviderView(provider.id, provider.organizationId, provider.type, provider.parentProviderId,
                provider.independent(), provider.name, provider.bio, provider.avatarUrl,
                List.copyOf(provider.specialties), provider.colorCode, provider.active, provider.userId,
                provider.timeZone, provider.version, provider.createdAt, provider.updatedAt);
    }

    static ProviderSnapshot snapshot(Provider provider) {
        return new ProviderSnapshot(provider.id, provider.organizationId, provider.type.name(),
                provider.parentProviderId, provider.independent(), provider.name, provider.bio, provider.avatarUrl,
                List.copyOf(provider.specialties), provider.colorCode, provider.active, provider.userId,
                provider.timeZone, provider.version);
    }
}
