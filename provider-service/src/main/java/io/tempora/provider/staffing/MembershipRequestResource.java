package io.tempora.provider.staffing;

import static io.tempora.kit.security.Roles.ADMIN_ASSISTANT;
import static io.tempora.kit.security.Roles.OWNER;

import java.time.Clock;
import java.time.Instant;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;
import io.tempora.kit.paging.Page;
import io.tempora.kit.paging.PageRequest;
import io.tempora.persistence.db.CompletesDespiteDisconnect;
import io.tempora.provider.staffing.MembershipRequest.Kind;
import io.tempora.kit.web.Created;

/**
 * {@code /invitations} (an organization-type provider invites an individual: accept, decline,
 * revoke) and {@code /join-requests} (an individual asks to join: approve, reject, withdraw).
 */
@CompletesDespiteDisconnect
@Path("/v1/organizations/{organizationId}/{kind: invitations|join-requests}")
@Tag(name = "Staff growth", description = "Invitations and join requests that link individuals to organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembershipRequestResource {

    private final MembershipService service;
    private final Clock clock;

    public MembershipRequestResource(MembershipService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @POST
    @Operation(summary = "Invite an individual, or ask to join an organization-type provider")
    @APIResponse(responseCode = "201", description = "Opened, pending")
    @APIResponse(responseCode = "409", description = "One is already pending between them, or they cannot be linked")
    @RolesAllowed(OWNER)
    public Uni<RestResponse<MembershipRequestView>> open(@RestPath UUID organizationId, @RestPath String kind,
                                                         @Valid @NotNull MembershipRequestBody body) {
        return service.open(organizationId, kindOf(kind), body).map(request -> Created.at(
                "/v1/organizations/" + organizationId + "/" + kind + "/" + request.id,
                view(request)));
    }

    @GET
    @Operation(summary = "List invitations or join requests, newest first")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT})
    public Uni<Page<MembershipRequestView>> list(@RestPath UUID organizationId, @RestPath String kind,
                                                 @BeanParam @Valid PageRequest page) {
        return service.list(organizationId, kindOf(kind), page).map(found -> found.map(this::view));
    }

    @GET
    @Path("/{requestId}")
    @Operation(summary = "Read an invitation or join request")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT})
    public Uni<MembershipRequestView> get(@RestPath UUID organizationId, @RestPath String kind,
                                          @RestPath UUID requestId) {
        return service.get(organizationId, kindOf(kind), requestId).map(this::view);
    }

    @POST
    @Path("/{requestId}/{action}")
    @Operation(summary = "Decide: accept, decline or revoke an invitation; approve, reject or withdraw a join request",
            description = "Accepting or approving links the individual to the organization-type provider.")
    @APIResponse(responseCode = "200", description = "Decided; the request as it is now")
    @APIResponse(responseCode = "404", description = "No such request, or the action does not apply to its kind")
    @APIResponse(responseCode = "409", description = "Not pending any more (decided or expired)")
    @RolesAllowed(OWNER)
    public Uni<MembershipRequestView> decide(@RestPath UUID organizationId, @RestPath String kind,
                                             @RestPath UUID requestId,
                                             @Parameter(description = "accept, decline, revoke, approve, reject or withdraw")
                                             @RestPath String action) {
        return service.decide(organizationId, kindOf(kind), requestId, action).map(this::view);
    }

    private MembershipRequestView view(MembershipRequest request) {
        return MembershipRequestView.of(request, Instant.now(clock));
    }

    private static Kind kindOf(String path) {
        return path.equals("invitations") ? Kind.INVITATION : Kind.JOIN_REQUEST;
    }
}
