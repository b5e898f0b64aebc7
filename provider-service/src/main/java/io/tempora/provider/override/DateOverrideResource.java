package io.tempora.provider.override;

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
@Path("/v1/organizations/{organizationId}/date-overrides")
@Tag(name = "Holidays and date overrides",
        description = "Organization holidays and special hours (no providerId) and provider date overrides")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DateOverrideResource {

    private final DateOverrideService service;

    public DateOverrideResource(DateOverrideService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Add a holiday, special hours, or a provider's date override")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "That date already has an override in that scope")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT})
    public Uni<RestResponse<DateOverrideView>> create(@RestPath UUID organizationId,
                                                      @Valid @NotNull DateOverrideRequest body) {
        return service.create(organizationId, body).map(override -> Created.at(
                "/v1/organizations/" + organizationId + "/date-overrides/" + override.id,
                DateOverrideView.of(override)));
    }

    @GET
    @Operation(summary = "List overrides by date; filter by providerId, organizationOnly, from, to")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER})
    public Uni<Page<DateOverrideView>> list(@RestPath UUID organizationId, @BeanParam DateOverrideFilter filter,
                                            @BeanParam @Valid PageRequest page) {
        return service.list(organizationId, filter, page).map(found -> found.map(DateOverrideView::of));
    }

    @GET
    @Path("/{overrideId}")
    @Operation(summary = "Read an override")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER})
    public Uni<DateOverrideView> get(@RestPath UUID organizationId, @RestPath UUID overrideId) {
        return service.get(organizationId, overrideId).map(DateOverrideView::of);
    }

    @PUT
    @Path("/{overrideId}")
    @Operation(summary = "Replace an override", description = "Send the version you read.")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT})
    public Uni<DateOverrideView> replace(@RestPath UUID organizationId, @RestPath UUID overrideId,
                                         @Valid @NotNull DateOverrideRequest body) {
        return service.replace(organizationId, overrideId, body).map(DateOverrideView::of);
    }

    @DELETE
    @Path("/{overrideId}")
    @Operation(summary = "Remove an override: the date follows the weekly hours again")
    @APIResponse(responseCode = "204", description = "Removed")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT})
    public Uni<Void> delete(@RestPath UUID organizationId, @RestPath UUID overrideId) {
        return service.delete(organizationId, overrideId);
    }
}
