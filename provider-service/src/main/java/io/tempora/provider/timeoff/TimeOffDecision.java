package io.tempora.provider.timeoff;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a time off is decided as it is. Who decides is the token's subject, never the body's word.
 *
 * @param coverageProviderId on approval: who covers, replacing the one requested
 */
@Schema(name = "TimeOffDecision")
public record TimeOffDecision(@Size(max = 2000) String note, UUID coverageProviderId) {

    static final TimeOffDecision NONE = new TimeOffDecision(null, null);
}
