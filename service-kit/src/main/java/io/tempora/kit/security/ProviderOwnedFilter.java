package io.tempora.kit.security;

import java.lang.reflect.Method;
import java.util.UUID;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;


/** Applies {@link ProviderOwned}, for the caller {@link TenantGate} identified. */
public class ProviderOwnedFilter {

    private final Caller caller;

    public ProviderOwnedFilter(Caller caller) {
        this.caller = caller;
    }

    @ServerRequestFilter
    public void onlyOwnData(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || caller.isAnonymous() // @RolesAllowed answers 401
                || !(method.isAnnotationPresent(ProviderOwned.class)
                || resource.getResourceClass().isAnnotationPresent(ProviderOwned.class))) {
            return;
        }
        String providerId = request.getUriInfo().getPathParameters().getFirst("providerId");
        try {
            caller.requireActingFor(UUID.fromString(providerId));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            // the endpoint answers 400 naming the parameter
        }
    }
}
