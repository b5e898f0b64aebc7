package io.tempora.provider.staffing;

import java.util.Arrays;
import java.util.Optional;

import io.tempora.provider.staffing.MembershipRequest.Kind;
import io.tempora.provider.staffing.MembershipRequest.Status;

/**
 * What each side may do with a pending request, and where it leads. An invitation is accepted or
 * declined by the individual and revoked by the organization; a join request is approved or
 * rejected by the organization and withdrawn by the individual.
 */
public enum Decision {
    ACCEPT(Kind.INVITATION, Status.ACCEPTED),
    DECLINE(Kind.INVITATION, Status.DECLINED),
    REVOKE(Kind.INVITATION, Status.WITHDRAWN),
    APPROVE(Kind.JOIN_REQUEST, Status.ACCEPTED),
    REJECT(Kind.JOIN_REQUEST, Status.DECLINED),
    WITHDRAW(Kind.JOIN_REQUEST, Status.WITHDRAWN);

    private final Kind kind;
    private final Status outcome;

    Decision(Kind kind, Status outcome) {
        this.kind = kind;
        this.outcome = outcome;
    }

    public Kind kind() {
        return kind;
    }

    public Status outcome() {
        return outcome;
    }

    /** The decision named in a URL ({@code accept}, {@code approve}, ...) for this kind of request. */
    public static Optional<Decision> of(Kind kind, String action) {
        return Arrays.stream(values())
                .filter(decision -> decision.kind == kind && decision.name().equalsIgnoreCase(action))
                .findFirst();
    }
}
