package io.tempora.kit.security;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.problem.ProblemMappers;

/**
 * Tenant isolation in one place: a token of one organization finds nothing of another. Every
 * path under {@code /v1/organizations/{organizationId}} of a caller whose token names a different
 * organization is answered 404, before roles are looked at, so that neither a forbidden role nor
 * an existing id tells a stranger anything. A token that fails verification (expired, signed by
 * another key, wrong issuer or audience) is refused with 401 here too, even where the endpoint
 * is public: a client holding a bad token should learn it, not be served as a stranger. Every
 * request's {@link Caller} is identified here.
 */
public class TenantGate {

    private static final Pattern ORGANIZATION_PATH = Pattern.compile("^/v1/organizations/([^/]+)");

    private final CurrentIdentityAssociation identities;
    private final Caller caller;

    public TenantGate(CurrentIdentityAssociation identities, Caller caller) {
        this.identities = identities;
        this.caller = caller;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> admitMembersOnly(ContainerRequestContext request) {
        return identities.getDeferredIdentity()
                .invoke(caller::identify)
                .map(identity -> organizationIn(request.getUriInfo().getPath())
                        .filter(organization -> !caller.mayEnter(organization))
                        .map(organization -> ProblemMappers.respond(
                                ProblemException.notFound("organization", organization).toProblem(), request.getUriInfo()))
                        .orElse(null));
    }

    private static Optional<UUID> organizationIn(String path) {
        Matcher matcher = ORGANIZATION_PATH.matcher(path);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(matcher.group(1)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty(); // the endpoint answers 400 naming the parameter
        }
    }
}
