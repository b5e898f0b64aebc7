package io.tempora.provider.organization;

import static io.tempora.kit.security.Roles.ADMIN_ASSISTANT;
import static io.tempora.kit.security.Roles.CLIENT;
import static io.tempora.kit.security.Roles.OWNER;
import static io.tempora.kit.security.Roles.PLATFORM;
import static io.tempora.kit.security.Roles.PROVIDER;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
@Path("/v1/organizations")
@Tag(name = "Organizations", description = "Tenants: practices, salons and clinics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final OrganizationService service;

    public OrganizationResource(OrganizationService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Create an organization")
    @APIResponse(responseCode = "201", description = "Created; Location names the new organization")
    @APIResponse(responseCode = "400", description = "Invalid input, each offending field named")
    @APIResponse(responseCode = "409", description = "The slug is taken")
    @RolesAllowed(PLATFORM)
    public Uni<RestResponse<OrganizationView>> create(@Valid @NotNull OrganizationRequest body) {
        return service.create(body).map(created -> Created.at(
                "/v1/organizations/" + created.id,
                OrganizationMapper.toView(created)));
    }

    @GET
    @Operation(summary = "List organizations by name")
    @RolesAllowed(PLATFORM)
    public Uni<Page<OrganizationView>> list(@BeanParam @Valid PageRequest page) {
        return service.list(page).map(found -> found.map(OrganizationMapper::toView));
    }

    @GET
    @Path("/{organizationId}")
    @Operation(summary = "Read an organization")
    @APIResponse(responseCode = "200", description = "The organization")
    @APIResponse(responseCode = "404", description = "No such organization")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER, CLIENT, PLATFORM})
    public Uni<OrganizationView> get(@RestPath UUID organizationId) {
        return service.get(organizationId).map(OrganizationMapper::toView);
    }

    @PUT
    @Path("/{organizationId}")
    @Operation(summary = "Replace an organization",
            description = "Send the version you read; a 409 means someone changed it meanwhile.")
    @APIResponse(responseCode = "200", description = "Replaced; the organization as it is now")
    @APIResponse(responseCode = "409", description = "Changed meanwhile, or the new slug is taken")
    @RolesAllowed(OWNER)
    public Uni<OrganizationView> replace(@RestPath UUID organizationId, @Valid @NotNull OrganizationRequest body) {
        return service.replace(organizationId, body).map(OrganizationMapper::toView);
    }
}
