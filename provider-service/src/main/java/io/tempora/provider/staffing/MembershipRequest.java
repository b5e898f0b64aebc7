package io.tempora.provider.staffing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A proposal that an individual join an organization-type provider: an invitation from the
 * organization or a join request from the individual. Accepting it links the two.
 */
@Entity
@Table(name = "membership_request")
public class MembershipRequest {

    public enum Kind {
        INVITATION, JOIN_REQUEST
    }

    public enum Status {
        PENDING, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED
    }

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "organization_provider_id", nullable = false)
    public UUID organizationProviderId;

    @Column(name = "individual_provider_id", nullable = false)
    public UUID individualProviderId;

    public String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The status as of {@code now}: a pending request past its expiry has expired. */
    public Status statusAt(Instant now) {
        return status == Status.PENDING && !now.isBefore(expiresAt) ? Status.EXPIRED : status;
    }
}
