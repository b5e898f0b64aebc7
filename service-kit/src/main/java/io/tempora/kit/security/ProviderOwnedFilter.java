package io.tempora.kit.security;

import java.lang.reflect.Method;
import java.util.UUID;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/** Applies {@link ProviderOwned}. */
public class ProviderOwnedFilter {

    private final CurrentIdentityAssociation identities;

    public ProviderOwnedFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> onlyOwnData(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !(method.isAnnotationPresent(ProviderOwned.class)
                || resource.getResourceClass().isAnnotationPresent(ProviderOwned.class))) {
            return Uni.createFrom().voidItem();
        }
        String providerId = request.getUriInfo().getPathParameters().getFirst("providerId");
        return identities.getDeferredIdentity().invoke(identity -> {
            if (identity.isAnonymous()) {
                return; // @RolesAllowed answers 401
            }
            try {
                new Caller(identity).requireActingFor(UUID.fromString(providerId));
            } catch (IllegalArgumentException | NullPointerException notAnId) {
                // the endpoint answers 400 naming the parameter
            }
        }).replaceWithVoid();
    }
}
