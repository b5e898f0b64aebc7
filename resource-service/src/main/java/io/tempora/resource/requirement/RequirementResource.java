package io.tempora.resource.requirement;

import static io.tempora.kit.security.Roles.ADMIN_ASSISTANT;
import static io.tempora.kit.security.Roles.OWNER;
import static io.tempora.kit.security.Roles.PROVIDER;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.mutiny.Uni;

import io.tempora.persistence.db.CompletesDespiteDisconnect;

@CompletesDespiteDisconnect
@Path("/v1/organizations/{organizationId}/services/{serviceId}/resource-requirements")
@Tag(name = "Resource requirements", description = "Which resources a booking of a service holds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequirementResource {

    private final RequirementService service;

    public RequirementResource(RequirementService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "What a booking of the service needs")
    @APIResponse(responseCode = "200", description = "What the service requires")
    @APIResponse(responseCode = "404", description = "The organization has no such service")
    @APIResponse(responseCode = "503", description = "The service catalog is still loading; see Retry-After")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER})
    public Uni<RequirementsView> get(@RestPath UUID organizationId, @RestPath UUID serviceId) {
        return service.get(organizationId, serviceId).map(RequirementsView::of);
    }

    @PUT
    @Operation(summary = "Replace what a booking of the service needs, as a whole")
    @APIResponse(responseCode = "200", description = "Replaced; what the service requires now")
    @APIResponse(responseCode = "400", description = "Quantity below 1, a type listed twice or not of this organization")
    @APIResponse(responseCode = "404", description = "The organization has no such service")
    @RolesAllowed(OWNER)
    public Uni<RequirementsView> replace(@RestPath UUID organizationId, @RestPath UUID serviceId,
                                         @Valid @NotNull RequirementsRequest body) {
        return service.replace(organizationId, serviceId, body).map(RequirementsView::of);
    }
}
