package io.tempora.resource.requirement;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The whole list of what a service needs; an empty list means nothing.
 *
 * @param version the version read, to refuse overwriting someone else's change; may be left out
 */
@Schema(name = "ResourceRequirementsRequest")
public record RequirementsRequest(
        @NotNull @Size(max = 20) List<@Valid @NotNull Item> requirements,
        Long version) {

    /** @param quantity resources of the type one booking holds */
    @Schema(name = "ResourceRequirement")
    public record Item(@NotNull UUID resourceTypeId, @NotNull @Min(1) @Max(100) Integer quantity) {
    }
}
