package io.tempora.provider.provider;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provider as the public and clients see them: who they are, nothing about how they are run. */
@Schema(name = "PublicProvider")
public record PublicProviderView(UUID id, Provider.Type type, String name, String bio, String avatarUrl,
                                 List<String> specialties, String colorCode) implements ProviderListing {

    public static PublicProviderView of(Provider provider) {
        return new PublicProviderView(provider.id, provider.type, provider.name, provider.bio, provider.avatarUrl,
                List.copyOf(provider.specialties), provider.colorCode);
    }
}
