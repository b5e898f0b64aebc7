package io.tempora.availability.slots;

import static io.tempora.kit.security.Roles.ADMIN_ASSISTANT;
import static io.tempora.kit.security.Roles.OWNER;
import static io.tempora.kit.security.Roles.PROVIDER;
import static io.tempora.kit.security.Roles.SERVICE;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.tempora.kit.ratelimit.RateLimited;
import io.tempora.kit.security.Caller;

/**
 * Computation on the in-memory model, no I/O: small answers on the event loop, large ones on a
 * worker thread (see {@link AvailabilityService#slotsJson}).
 */
@Path("/v1/organizations/{organizationId}/availability")
@NonBlocking
@Tag(name = "Availability", description = "When a service can be booked, with whom; answered from memory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

    private final AvailabilityService service;
    private final Caller caller;

    public AvailabilityResource(AvailabilityService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Bookable slots of a service, day by day",
            description = "Without providerId: any provider; each slot then lists its candidate providers when the "
                    + "service lets clients choose. from and to are dates in timezone (default: the organization's). "
                    + "form=compact lists each provider once and lets slots name them by index (CompactAvailability).")
    @APIResponse(responseCode = "200", description = "The slots",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {AvailabilityView.class, CompactAvailabilityView.class})))
    @APIResponse(responseCode = "400", description = "from after to, range over 62 days, unknown time zone, seats out of "
            + "range, or a question too large for one answer (ask for fewer days or one provider)")
    @APIResponse(responseCode = "404", description = "Unknown organization, service, or provider offering it")
    @PermitAll
    @RateLimited("availability")
    public Uni<Response> slots(@RestPath UUID organizationId, @BeanParam @Valid AvailabilityQuery query) {
        return service.slotsJson(organizationId, query, Audience.of(caller))
                .map(json -> Response.ok(json, MediaType.APPLICATION_JSON).build());
    }

    @GET
    @Path("/providers")
    @Operation(summary = "Who has time on a date: first free times, or why not (off, time off, closed, fully booked)",
            description = "Filter by specialty (contains, any case) and service; the answer a receptionist gives to "
                    + "'anyone for deep tissue on Sunday?'.")
    @PermitAll
    @RateLimited("availability")
    public ProviderDayView providers(@RestPath UUID organizationId, @BeanParam @Valid ProvidersQuery query) {
        return service.providersOn(organizationId, query, Audience.of(caller));
    }

    @POST
    @Path("/check")
    @Operation(summary = "Check one concrete request: every conflict, the candidate providers, the resources")
    @RolesAllowed({SERVICE, OWNER, ADMIN_ASSISTANT, PROVIDER})
    public CheckResult check(@RestPath UUID organizationId, @Valid @NotNull CheckRequest body) {
        return service.check(organizationId, body);
    }
}
