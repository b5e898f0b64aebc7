package io.tempora.kit.security;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.core.runtime.VertxMDC;
import io.smallrye.mutiny.Uni;
import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.problem.ProblemMappers;

/**
 * Tenant isolation and token sanity in one place, before any endpoint runs. A member of another
 * organization is a stranger here: on a public endpoint (the storefront, availability) they are
 * served as an anonymous visitor would be; anywhere else under {@code /v1/organizations/{id}} they
 * are answered 404, so that neither a forbidden role nor an existing id tells them anything. A
 * token that fails verification (expired, signed by another key, wrong issuer or audience), or
 * whose claims contradict each other ({@link Caller#inconsistency()}), is refused with 401 even
 * where the endpoint is public: a client holding a bad token should learn it. Every request's
 * {@link Caller} is identified here.
 */
public class TenantGate {

    /** Set on a request of a member of another organization, served as anonymous. */
    public static final String STRANGER = "tempora.stranger-organization";

    /** The MDC key of the organization a request is about (docs/operations.md). */
    public static final String ORGANIZATION_IN_LOGS = "organizationId";

    private static final Pattern ORGANIZATION_PATH = Pattern.compile("^/v1/organizations/([^/]+)");

    private final CurrentIdentityAssociation identities;
    private final Caller caller;

    public TenantGate(CurrentIdentityAssociation identities, Caller caller) {
        this.identities = identities;
        this.caller = caller;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> admitMembersOnly(ContainerRequestContext request) {
        // every log line of the request names its organization (the request's own MDC, on its Vert.x context)
        organizationIn(request.getUriInfo().getPath())
                .ifPresent(organization -> VertxMDC.INSTANCE.put(ORGANIZATION_IN_LOGS, organization.toString()));
        return identities.getDeferredIdentity()
                .invoke(caller::identify)
                .map(identity -> {
                    Optional<String> inconsistency = caller.inconsistency();
                    if (inconsistency.isPresent()) {
                        return AccessProblems.invalidToken(inconsistency.get(), request.getUriInfo());
                    }
                    Optional<UUID> foreign = organizationIn(request.getUriInfo().getPath())
                            .filter(organization -> !caller.mayEnter(organization));
                    if (foreign.isPresent()) {
                        request.setProperty(STRANGER, foreign.get());
                        SecurityIdentity anonymous = QuarkusSecurityIdentity.builder()
                                .setPrincipal(new QuarkusPrincipal("")).setAnonymous(true).build();
                        identities.setIdentity(anonymous);
                        caller.identify(anonymous);
                    }
                    return null;
                });
    }

    /** What a stranger gets instead of 401 or 403 on an endpoint that is not public: the organization is not theirs to see. */
    static Optional<Response> strangerAnswer(ContainerRequestContext request) {
        Object organization = request.getProperty(STRANGER);
        return organization == null ? Optional.empty() : Optional.of(ProblemMappers.respond(
                ProblemException.notFound("organization", organization).toProblem(), request.getUriInfo()));
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
