package io.tempora.provider.organization;

import static io.tempora.kit.security.Roles.OWNER;
import static io.tempora.kit.security.Roles.PLATFORM;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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
import io.tempora.contracts.rules.OrganizationStatus;
import io.tempora.kit.paging.Page;
import io.tempora.kit.paging.PageRequest;
import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.security.Caller;
import io.tempora.kit.web.Created;
import io.tempora.persistence.db.CompletesDespiteDisconnect;

@CompletesDespiteDisconnect
@Path("/v1/organizations")
@Tag(name = "Organizations", description = "Tenants: practices, salons and clinics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final OrganizationService service;
    private final Caller caller;

    public OrganizationResource(OrganizationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
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
    @Operation(summary = "Read an organization",
            description = "Public: without a token of its members or the platform, only an active organization, and only "
                    + "what its booking page shows (name, slug, time zone, business hours).")
    @APIResponse(responseCode = "200", description = "The organization")
    @APIResponse(responseCode = "404", description = "No such organization")
    @PermitAll
    public Uni<OrganizationListing> get(@RestPath UUID organizationId) {
        return service.get(organizationId).map(organization -> {
            if (!caller.isAnonymous()) {
                return OrganizationMapper.toView(organization);
            }
            if (organization.status != OrganizationStatus.ACTIVE) {
                throw ProblemException.notFound("organization", organizationId);
            }
            return OrganizationMapper.toPublicView(organization);
        });
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
