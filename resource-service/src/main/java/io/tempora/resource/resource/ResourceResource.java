package io.tempora.resource.resource;

import static io.tempora.kit.security.Roles.ADMIN_ASSISTANT;
import static io.tempora.kit.security.Roles.OWNER;
import static io.tempora.kit.security.Roles.PROVIDER;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;
import io.tempora.kit.paging.Page;
import io.tempora.kit.paging.PageRequest;
import io.tempora.kit.web.Created;
import io.tempora.persistence.db.CompletesDespiteDisconnect;

@CompletesDespiteDisconnect
@Path("/v1/organizations/{organizationId}/resources")
@Tag(name = "Resources", description = "Rooms and equipment that bookings hold")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResourceResource {

    private final ResourceService service;

    public ResourceResource(ResourceService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Create a resource",
            description = "Without a name the resource is named after its type with the next free number.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input, or no such live type in this organization")
    @APIResponse(responseCode = "409", description = "The type has a resource of that name")
    @RolesAllowed(OWNER)
    public Uni<RestResponse<ResourceView>> create(@RestPath UUID organizationId, @Valid @NotNull ResourceRequest body) {
        return service.create(organizationId, body).map(resource -> Created.at(
                "/v1/organizations/" + organizationId + "/resources/" + resource.id,
                ResourceView.of(resource)));
    }

    @GET
    @Operation(summary = "List resources not deleted, optionally of one type")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER})
    public Uni<Page<ResourceView>> list(@RestPath UUID organizationId, @RestQuery UUID resourceTypeId,
                                        @BeanParam @Valid PageRequest page) {
        return service.list(organizationId, resourceTypeId, page).map(found -> found.map(ResourceView::of));
    }

    @GET
    @Path("/{resourceId}")
    @Operation(summary = "Read a resource, deleted or not")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER})
    public Uni<ResourceView> get(@RestPath UUID organizationId, @RestPath UUID resourceId) {
        return service.get(organizationId, resourceId).map(ResourceView::of);
    }

    @PUT
    @Path("/{resourceId}")
    @Operation(summary = "Change a resource", description = "Send the version you read; the type cannot change.")
    @RolesAllowed(OWNER)
    public Uni<ResourceView> replace(@RestPath UUID organizationId, @RestPath UUID resourceId,
                                     @Valid @NotNull ResourceRequest body) {
        return service.replace(organizationId, resourceId, body).map(ResourceView::of);
    }

    @DELETE
    @Path("/{resourceId}")
    @Operation(summary = "Delete a resource (soft)")
    @APIResponse(responseCode = "200", description = "Deleted; the resource as it was")
    @APIResponse(responseCode = "409", description = "Bookings hold it now or later; bookingIds lists them")
    @RolesAllowed(OWNER)
    public Uni<ResourceView> delete(@RestPath UUID organizationId, @RestPath UUID resourceId) {
        return service.delete(organizationId, resourceId).map(ResourceView::of);
    }
}
