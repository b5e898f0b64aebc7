package io.tempora.provider.staffing;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MembershipRequest")
public record MembershipRequestView(UUID id, UUID organizationId, MembershipRequest.Kind kind,
                                    UUID organizationProviderId, UUID individualProviderId, String message,
                                    MembershipRequest.Status status, Instant expiresAt, Instant decidedAt,
                                    long version, Instant createdAt) {

    static MembershipRequestView of(MembershipRequest request, Instant now) {
        return new MembershipRequestView(request.id, request.organizationId, request.kind,
                request.organizationProviderId, request.individualProviderId, request.message,
                request.statusAt(now), request.expiresAt, request.decidedAt, request.version, request.createdAt);
    }
}
