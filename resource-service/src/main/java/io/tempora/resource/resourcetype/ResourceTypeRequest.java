package io.tempora.resource.resourcetype;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param version on replace: the version the client read
 */
@Schema(name = "ResourceTypeRequest")
public record ResourceTypeRequest(
        @NotBlank @Size(max = 120) @Schema(examples = "Treatment Room") String name,
        @Size(max = 2000) String description,
        Long version) {
}
