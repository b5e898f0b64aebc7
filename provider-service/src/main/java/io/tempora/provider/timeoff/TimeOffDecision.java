package io.tempora.provider.timeoff;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who decides and why. With authentication in place {@code decidedBy} comes from the token.
 *
 * @param coverageProviderId on approval: who covers, replacing the one requested
 */
@Schema(name = "TimeOffDecision")
public record TimeOffDecision(UUID decidedBy, @Size(max = 2000) String note, UUID coverageProviderId) {

    static final TimeOffDecision NONE = new TimeOffDecision(null, null, null);
}
