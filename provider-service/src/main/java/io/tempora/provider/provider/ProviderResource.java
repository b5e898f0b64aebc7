package io.tempora.provider.provider;

import static io.tempora.kit.security.Roles.OWNER;

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
import io.tempora.kit.paging.Page;
import io.tempora.kit.paging.PageRequest;
import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.security.Caller;
import io.tempora.kit.web.Created;
import io.tempora.persistence.db.CompletesDespiteDisconnect;

@CompletesDespiteDisconnect
@Path("/v1/organizations/{organizationId}/providers")
@Tag(name = "Providers", description = "Staff and organization-type providers, in a hierarchy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProviderResource {

    private final ProviderService service;
    private final Caller caller;

    public ProviderResource(ProviderService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Create a provider")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input, or a parent that is not an active organization-type provider")
    @APIResponse(responseCode = "404", description = "No such organization")
    @RolesAllowed(OWNER)
    public Uni<RestResponse<ProviderView>> create(@RestPath UUID organizationId, @Valid @NotNull ProviderRequest body) {
        return service.create(organizationId, body).map(provider -> Created.at(
                "/v1/organizations/" + organizationId + "/providers/" + provider.id,
                ProviderView.of(provider)));
    }

    @GET
    @Operation(summary = "List providers by name, filtered by type, parent, specialty (contains, any case) and active",
            description = "Public: without a staff token only active providers, and only their public fields.")
    @PermitAll
    public Uni<Page<ProviderListing>> list(@RestPath UUID organizationId, @BeanParam ProviderFilter filter,
                                           @BeanParam @Valid PageRequest page) {
        if (caller.isStaff()) {
            return service.list(organizationId, filter, page).map(found -> found.map(ProviderView::of));
        }
        return service.list(organizationId, filter.activeOnly(), page).map(found -> found.map(PublicProviderView::of));
    }

    @GET
    @Path("/{providerId}")
    @Operation(summary = "Read a provider",
            description = "Public: without a staff token only an active provider, and only their public fields.")
    @PermitAll
    public Uni<ProviderListing> get(@RestPath UUID organizationId, @RestPath UUID providerId) {
        return service.get(organizationId, providerId).map(provider -> {
            if (caller.isStaff()) {
                return ProviderView.of(provider);
            }
            if (!provider.active) {
                throw ProblemException.notFound("provider", providerId);
            }
            return PublicProviderView.of(provider);
        });
    }

    @PUT
    @Path("/{providerId}")
    @Operation(summary = "Replace a provider", description = "Send the version you read. active=false deactivates.")
    @APIResponse(responseCode = "200", description = "Replaced; the provider as it is now")
    @APIResponse(responseCode = "409", description = "Changed meanwhile, or the new parent would make a cycle")
    @RolesAllowed(OWNER)
    public Uni<ProviderView> replace(@RestPath UUID organizationId, @RestPath UUID providerId,
                                     @Valid @NotNull ProviderRequest body) {
        return service.replace(organizationId, providerId, body).map(ProviderView::of);
    }

    @POST
    @Path("/{providerId}/convert-to-organization")
    @Operation(summary = "Turn an independent individual into an organization-type provider",
            description = "For a practitioner who hires staff; the id, services and bookings stay.")
    @APIResponse(responseCode = "200", description = "Converted; the provider, now an organization")
    @APIResponse(responseCode = "409", description = "Not an independent individual")
    @RolesAllowed(OWNER)
    public Uni<ProviderView> convertToOrganization(@RestPath UUID organizationId, @RestPath UUID providerId) {
        return service.convertToOrganization(organizationId, providerId).map(ProviderView::of);
    }
}
