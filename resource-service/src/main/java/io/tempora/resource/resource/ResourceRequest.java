package io.tempora.resource.resource;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param name     optional on create: generated from the type's name with the next number
 * @param capacity how many bookings may hold the resource at once; default 1
 * @param active   default true; false takes it out of allocation (maintenance) without deleting it
 * @param version  on replace: the version the client read
 */
@Schema(name = "ResourceRequest")
public record ResourceRequest(
        @NotNull UUID resourceTypeId,
        @Size(min = 1, max = 120) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @Schema(examples = "Treatment Room 1") String name,
        @Size(max = 2000) String description,
        @Min(1) @Max(1000) Integer capacity,
        Boolean active,
        Long version) {
}
