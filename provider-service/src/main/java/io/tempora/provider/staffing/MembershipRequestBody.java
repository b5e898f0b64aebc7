package io.tempora.provider.staffing;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An invitation or a join request.
 *
 * @param organizationProviderId the organization-type provider to join
 * @param individualProviderId   the independent individual who would join
 * @param expiresInDays          how long it stays open; default 14
 */
@Schema(name = "MembershipRequestBody")
public record MembershipRequestBody(
        @NotNull UUID organizationProviderId,
        @NotNull UUID individualProviderId,
        @Size(max = 2000) String message,
        @Min(1) @Max(90) Integer expiresInDays) {
}
