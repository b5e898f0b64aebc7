package io.tempora.provider.provider;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.tempora.kit.validation.IanaTimeZone;

/**
 * What a client sends to create or replace a provider.
 *
 * @param type             fixed after creation; an independent individual becomes an organization
 *                         through {@code convert-to-organization}
 * @param parentProviderId an active organization-type provider of the same organization, or null
 * @param timeZone         defaults to the organization's
 * @param version          on replace: the version the client read
 */
@Schema(name = "ProviderRequest")
public record ProviderRequest(
        @NotNull Provider.Type type,
        UUID parentProviderId,
        @NotBlank @Size(max = 200) @Schema(examples = "Reza") String name,
        @Size(max = 4000) String bio,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String avatarUrl,
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> specialties,
        @Pattern(regexp = "#[0-9A-Fa-f]{6}", message = "must be a color #RRGGBB") @Schema(examples = "#1E88E5")
        String colorCode,
        Boolean active,
        UUID userId,
        @IanaTimeZone String timeZone,
        Long version) {
}
