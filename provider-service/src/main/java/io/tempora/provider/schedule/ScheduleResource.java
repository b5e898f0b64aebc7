package io.tempora.provider.schedule;

import static io.tempora.kit.security.Roles.ADMIN_ASSISTANT;
import static io.tempora.kit.security.Roles.OWNER;
import static io.tempora.kit.security.Roles.PROVIDER;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import io.tempora.kit.security.ProviderOwned;

import io.tempora.kit.web.Created;
import io.tempora.persistence.db.CompletesDespiteDisconnect;

@CompletesDespiteDisconnect
@ProviderOwned
@Path("/v1/organizations/{organizationId}/providers/{providerId}/schedules")
@Tag(name = "Schedules", description = "Weekly hours of a provider, with effective dates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    private final ScheduleService service;

    public ScheduleResource(ScheduleService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The provider's schedules, by effective date")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER})
    public Uni<List<ScheduleView>> list(@RestPath UUID organizationId, @RestPath UUID providerId) {
        return service.list(organizationId, providerId).map(all -> all.stream().map(ScheduleView::of).toList());
    }

    @POST
    @Operation(summary = "Add a schedule", description = "Times are local to the provider's time zone.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "A block ends before it starts, overlaps another, or lies outside business hours")
    @APIResponse(responseCode = "409", description = "Another schedule is in effect on some of its dates")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER})
    public Uni<RestResponse<ScheduleView>> create(@RestPath UUID organizationId, @RestPath UUID providerId,
                                                  @Valid @NotNull ScheduleRequest body) {
        return service.create(organizationId, providerId, body).map(schedule -> Created.at(
                "/v1/organizations/" + organizationId + "/providers/" + providerId + "/schedules/" + schedule.id,
                ScheduleView.of(schedule)));
    }

    @GET
    @Path("/{scheduleId}")
    @Operation(summary = "Read a schedule")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER})
    public Uni<ScheduleView> get(@RestPath UUID organizationId, @RestPath UUID providerId, @RestPath UUID scheduleId) {
        return service.get(organizationId, providerId, scheduleId).map(ScheduleView::of);
    }

    @PUT
    @Path("/{scheduleId}")
    @Operation(summary = "Replace a schedule", description = "Send the version you read.")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER})
    public Uni<ScheduleView> replace(@RestPath UUID organizationId, @RestPath UUID providerId,
                                     @RestPath UUID scheduleId, @Valid @NotNull ScheduleRequest body) {
        return service.replace(organizationId, providerId, scheduleId, body).map(ScheduleView::of);
    }

    @DELETE
    @Path("/{scheduleId}")
    @Operation(summary = "Remove a schedule")
    @APIResponse(responseCode = "204", description = "Removed")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER})
    public Uni<Void> delete(@RestPath UUID organizationId, @RestPath UUID providerId, @RestPath UUID scheduleId) {
        return service.delete(organizationId, providerId, scheduleId);
    }
}
