package io.tempora.resource.resourcetype;

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
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;
import io.tempora.kit.paging.Page;
import io.tempora.kit.paging.PageRequest;
import io.tempora.kit.web.Created;
import io.tempora.persistence.db.CompletesDespiteDisconnect;

@CompletesDespiteDisconnect
@Path("/v1/organizations/{organizationId}/resource-types")
@Tag(name = "Resource types", description = "Kinds of shared resources: rooms, equipment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResourceTypeResource {

    private final ResourceTypeService service;

    public ResourceTypeResource(ResourceTypeService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Create a resource type")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The organization has a type of that name (ignoring case)")
    @RolesAllowed(OWNER)
    public Uni<RestResponse<ResourceTypeView>> create(@RestPath UUID organizationId,
                                                      @Valid @NotNull ResourceTypeRequest body) {
        return service.create(organizationId, body).map(type -> Created.at(
                "/v1/organizations/" + organizationId + "/resource-types/" + type.id,
                ResourceTypeView.of(type)));
    }

    @GET
    @Operation(summary = "List the organization's resource types (deleted ones left out)")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER})
    public Uni<Page<ResourceTypeView>> list(@RestPath UUID organizationId, @BeanParam @Valid PageRequest page) {
        return service.list(organizationId, page).map(found -> found.map(ResourceTypeView::of));
    }

    @GET
    @Path("/{resourceTypeId}")
    @Operation(summary = "Read a resource type, deleted or not")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER})
    public Uni<ResourceTypeView> get(@RestPath UUID organizationId, @RestPath UUID resourceTypeId) {
        return service.get(organizationId, resourceTypeId).map(ResourceTypeView::of);
    }

    @PUT
    @Path("/{resourceTypeId}")
    @Operation(summary = "Rename or describe a resource type", description = "Send the version you read.")
    @RolesAllowed(OWNER)
    public Uni<ResourceTypeView> replace(@RestPath UUID organizationId, @RestPath UUID resourceTypeId,
                                         @Valid @NotNull ResourceTypeRequest body) {
        return service.replace(organizationId, resourceTypeId, body).map(ResourceTypeView::of);
    }

    @DELETE
    @Path("/{resourceTypeId}")
    @Operation(summary = "Delete a resource type (soft)")
    @APIResponse(responseCode = "200", description = "Deleted; the type as it was")
    @APIResponse(responseCode = "409", description = "Resources of the type exist, or a service requires it")
    @RolesAllowed(OWNER)
    public Uni<ResourceTypeView> delete(@RestPath UUID organizationId, @RestPath UUID resourceTypeId) {
        return service.delete(organizationId, resourceTypeId).map(ResourceTypeView::of);
    }
}
