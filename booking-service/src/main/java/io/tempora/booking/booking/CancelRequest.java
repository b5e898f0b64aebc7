package io.tempora.booking.booking;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CancelRequest")
public record CancelRequest(@Size(max = 500) @Schema(examples = "client is ill") String reason) {
}
