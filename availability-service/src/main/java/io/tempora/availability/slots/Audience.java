package io.tempora.availability.slots;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tempora.availability.readmodel.OrganizationState;
import io.tempora.contracts.provider.CaseloadSnapshot;
import io.tempora.kit.security.Caller;
import io.tempora.kit.security.Roles;

/**
 * Whom an availability answer is for, as far as caseload panels go: staff see every provider; a
 * client does not see the providers who take no new clients unless they are already theirs; an
 * anonymous visitor is a new client to everyone.
 *
 * @param clientId the client asking; null for staff and for anonymous visitors
 */
record Audience(boolean staff, UUID clientId) {

    static final Audience STAFF = new Audience(true, null);
    static final Audience ANONYMOUS = new Audience(false, null);

    static Audience of(Caller caller) {
        if (caller.isAnonymous()) {
            return ANONYMOUS;
        }
        if (caller.is(Roles.CLIENT)) {
            return caller.clientId().map(client -> new Audience(false, client)).orElse(ANONYMOUS);
        }
        return STAFF;
    }

    /** The providers among {@code providers} this audience cannot book: panels that would refuse them. */
    List<UUID> leftOut(OrganizationState state, List<UUID> providers) {
        if (staff) {
            return List.of();
        }
        List<UUID> refusing = providers.stream()
                .filter(provider -> !CaseloadSnapshot.panelOf(state.caseloads().get(provider)).admitsNewClient(false))
                .toList();
        if (refusing.isEmpty() || clientId == null) {
            return refusing;
        }
        Set<UUID> theirs = state.providersOfClient(clientId);
        return refusing.stream().filter(provider -> !theirs.contains(provider)).toList();
    }
}
