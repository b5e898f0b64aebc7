package io.tempora.provider.organization;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.tempora.kit.validation.IanaTimeZone;
import io.tempora.contracts.rules.OrganizationStatus;

/**
 * What a client sends to create or replace an organization.
 *
 * @param version on replace: the version the client last read; omitted on create
 */
@Schema(name = "OrganizationRequest")
public record OrganizationRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Elite Hair Salon") String name,
        @NotNull @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])",
                message = "must be 3-63 lowercase letters, digits or inner hyphens")
        @Schema(examples = "elite-hair-salon") String slug,
        @NotNull @IanaTimeZone @Schema(examples = "America/New_York") String timeZone,
        @NotNull @Size(max = 70) List<@Valid @NotNull BusinessHoursBlock> businessHours,
        OrganizationStatus status,
        Boolean multiProviderEnabled,
        Long version) {
}
