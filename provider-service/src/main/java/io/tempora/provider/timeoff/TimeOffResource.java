package io.tempora.provider.timeoff;

import static io.tempora.kit.security.Roles.ADMIN_ASSISTANT;
import static io.tempora.kit.security.Roles.OWNER;
import static io.tempora.kit.security.Roles.PROVIDER;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import io.tempora.kit.security.Caller;
import io.tempora.kit.security.ProviderOwned;
import io.tempora.kit.paging.Page;
import io.tempora.kit.paging.PageRequest;
import io.tempora.kit.web.Created;
import io.tempora.persistence.db.CompletesDespiteDisconnect;

@CompletesDespiteDisconnect
@Path("/v1/organizations/{organizationId}")
@Tag(name = "Time off", description = "Absences and their approval")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimeOffResource {

    private static final String ONE = "/providers/{providerId}/time-off/{timeOffId}";

    private final TimeOffService service;
    private final Caller caller;

    public TimeOffResource(TimeOffService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Path("/providers/{providerId}/time-off")
    @Operation(summary = "Request time off", description = "It removes availability only once approved.")
    @APIResponse(responseCode = "201", description = "Requested")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER})
    @ProviderOwned
    public Uni<RestResponse<TimeOffView>> request(@RestPath UUID organizationId, @RestPath UUID providerId,
                                                  @Valid @NotNull TimeOffRequest body) {
        return service.request(organizationId, providerId, body).map(timeOff -> Created.at(
                "/v1/organizations/" + organizationId + "/providers/" + providerId + "/time-off/" + timeOff.id,
                TimeOffView.of(timeOff)));
    }

    @GET
    @Path("/providers/{providerId}/time-off")
    @Operation(summary = "A provider's time off, newest first")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER})
    @ProviderOwned
    public Uni<Page<TimeOffView>> list(@RestPath UUID organizationId, @RestPath UUID providerId,
                                       @RestQuery TimeOff.Status status, @BeanParam @Valid PageRequest page) {
        return service.list(organizationId, providerId, status, page).map(found -> found.map(TimeOffView::of));
    }

    @GET
    @Path("/time-off")
    @Operation(summary = "The organization's time off, e.g. ?status=REQUESTED for the approval queue")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT})
    public Uni<Page<TimeOffView>> listAll(@RestPath UUID organizationId, @RestQuery TimeOff.Status status,
                                          @BeanParam @Valid PageRequest page) {
        return service.list(organizationId, null, status, page).map(found -> found.map(TimeOffView::of));
    }

    @GET
    @Path(ONE)
    @Operation(summary = "Read a time off")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER})
    @ProviderOwned
    public Uni<TimeOffView> get(@RestPath UUID organizationId, @RestPath UUID providerId, @RestPath UUID timeOffId) {
        return service.get(organizationId, providerId, timeOffId).map(TimeOffView::of);
    }

    @POST
    @Path(ONE + "/approve")
    @Operation(summary = "Approve requested time off")
    @APIResponse(responseCode = "200", description = "Approved; the time off as it is now")
    @APIResponse(responseCode = "409", description = "Not requested any more (approved, denied or cancelled)")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT})
    public Uni<TimeOffView> approve(@RestPath UUID organizationId, @RestPath UUID providerId,
                                    @RestPath UUID timeOffId, @Valid TimeOffDecision body) {
        return service.approve(organizationId, providerId, timeOffId, orNone(body), decider()).map(TimeOffView::of);
    }

    @POST
    @Path(ONE + "/deny")
    @Operation(summary = "Deny requested time off")
    @APIResponse(responseCode = "200", description = "Denied; the time off as it is now")
    @APIResponse(responseCode = "409", description = "Not requested any more")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT})
    public Uni<TimeOffView> deny(@RestPath UUID organizationId, @RestPath UUID providerId, @RestPath UUID timeOffId,
                                 @Valid TimeOffDecision body) {
        return service.deny(organizationId, providerId, timeOffId, orNone(body), decider()).map(TimeOffView::of);
    }

    @POST
    @Path(ONE + "/cancel")
    @Operation(summary = "Cancel requested or approved time off")
    @APIResponse(responseCode = "200", description = "Cancelled; the time off as it is now")
    @APIResponse(responseCode = "409", description = "Already denied or cancelled")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER})
    @ProviderOwned
    public Uni<TimeOffView> cancel(@RestPath UUID organizationId, @RestPath UUID providerId,
                                   @RestPath UUID timeOffId, @Valid TimeOffDecision body) {
        return service.cancel(organizationId, providerId, timeOffId, orNone(body), decider()).map(TimeOffView::of);
    }

    /** Who decides: the token's subject (the endpoints admit members only). */
    private String decider() {
        return caller.subject().orElseThrow();
    }

    private static TimeOffDecision orNone(TimeOffDecision body) {
        return body == null ? TimeOffDecision.NONE : body;
    }
}
