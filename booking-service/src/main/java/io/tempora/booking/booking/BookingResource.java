package io.tempora.booking.booking;

import static io.tempora.kit.security.Roles.ADMIN_ASSISTANT;
import static io.tempora.kit.security.Roles.CLIENT;
import static io.tempora.kit.security.Roles.OWNER;
import static io.tempora.kit.security.Roles.PROVIDER;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

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
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;
import io.tempora.booking.catalog.Catalog;
import io.tempora.booking.idempotency.IdempotencyKeys;
import io.tempora.contracts.ConsistencyToken;
import io.tempora.kit.paging.Page;
import io.tempora.kit.paging.PageRequest;
import io.tempora.kit.ratelimit.RateLimited;
import io.tempora.kit.web.Created;
import io.tempora.persistence.db.CompletesDespiteDisconnect;

@CompletesDespiteDisconnect
@Path("/v1/organizations/{organizationId}/bookings")
@Tag(name = "Bookings", description = "Book, move and cancel appointments; never overbooked")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {

    /** Set on a creation answered from an earlier request with the same Idempotency-Key. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final BookingService service;
    private final Catalog catalog;
    private final BookingAccess access;

    public BookingResource(BookingService service, Catalog catalog, BookingAccess access) {
        this.service = service;
        this.catalog = catalog;
        this.access = access;
    }

    @POST
    @Operation(summary = "Book a service",
            description = "Without providerId the service's assignment strategy picks among those who are free; without "
                    + "resourceIds the first free resources by name are allocated. Send an Idempotency-Key so that a "
                    + "retry returns the first booking instead of making another.")
    @APIResponse(responseCode = "201", description = "Booked (or, with Idempotent-Replayed: true, booked by an earlier request)")
    @APIResponse(responseCode = "400", description = "Invalid input, the start has passed, or a referenced service, "
            + "provider or resource is not this organization's or does not fit the service")
    @APIResponse(responseCode = "409", description = "Not bookable: `conflicts` lists why (taken, outside hours, time off, ...)")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request")
    @APIResponse(responseCode = "503", description = "Availability cannot be checked right now; retry after Retry-After")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER, CLIENT})
    @RateLimited("booking-creation")
    public Uni<RestResponse<BookingView>> create(
            @RestPath UUID organizationId,
            @RestHeader(IdempotencyKeys.HEADER) @Parameter(description = "any unique string per intended booking, "
                    + "at most 200 characters") String idempotencyKey,
            @Valid @NotNull BookingRequest body) {
        access.requireMayBook(body);
        return service.create(organizationId, idempotencyKey, body, access.booker()).map(creation -> {
            // a replay is the caller's own earlier booking; who may see it is checked again all the same
            access.requireVisible(creation.booking());
            RestResponse<BookingView> created = Created.at(location(organizationId, creation.booking().id), view(creation.booking()));
            created.getHeaders().putSingle(ConsistencyToken.HEADER, consistencyTokenOf(creation.booking()));
            if (creation.replayed()) {
                created.getHeaders().putSingle(REPLAYED_HEADER, "true");
            }
            return created;
        });
    }

    @GET
    @Operation(summary = "List bookings", description = "Filter by provider, client, service, status and time range; "
            + "earliest first. Each booking carries its provider's name and color for calendars.")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER, CLIENT})
    public Uni<Page<BookingView>> list(@RestPath UUID organizationId, @BeanParam BookingFilter filter,
                                       @BeanParam @Valid PageRequest page) {
        return service.list(organizationId, access.narrow(filter), page).map(found -> found.map(this::view));
    }

    @GET
    @Path("/{bookingId}")
    @Operation(summary = "Read a booking")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER, CLIENT})
    public Uni<BookingView> get(@RestPath UUID organizationId, @RestPath UUID bookingId) {
        return service.get(organizationId, bookingId).map(access::requireVisible).map(this::view);
    }

    @GET
    @Path("/{bookingId}/history")
    @Operation(summary = "How a booking came to be as it is: creation, moves, reassignments, cancellation")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER, CLIENT})
    public Uni<List<BookingChangeView>> history(@RestPath UUID organizationId, @RestPath UUID bookingId) {
        return allowed(organizationId, bookingId, access::requireVisible)
                .chain(() -> service.history(organizationId, bookingId))
                .map(changes -> changes.stream().map(access::view).toList());
    }

    @POST
    @Path("/{bookingId}/reschedule")
    @Operation(summary = "Move a booking to another start, provider or resources",
            description = "The same checks as a new booking, except that it does not conflict with itself. The id stays; "
                    + "the history records the move. Moving it where it already is changes nothing, also while an "
                    + "equal request is still under way: a request that timed out may be sent again.")
    @APIResponse(responseCode = "200", description = "Moved; the booking as it is now")
    @APIResponse(responseCode = "409", description = "The new time is not bookable (`conflicts`), or the booking is cancelled")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER, CLIENT})
    public Uni<RestResponse<BookingView>> reschedule(@RestPath UUID organizationId, @RestPath UUID bookingId,
                                                     @Valid @NotNull RescheduleRequest body) {
        return allowed(organizationId, bookingId, booking -> access.requireMayMove(booking, body))
                .chain(() -> service.reschedule(organizationId, bookingId, body, access.booker()))
                .map(booking -> withConsistencyToken(RestResponse.ResponseBuilder.ok(view(booking)), booking).build());
    }

    @POST
    @Path("/{bookingId}/cancel")
    @Operation(summary = "Cancel a booking", description = "Frees its seats and resources at once. Cancelling a "
            + "cancelled booking changes nothing, so a cancellation that timed out may be sent again.")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER, CLIENT})
    public Uni<RestResponse<BookingView>> cancel(@RestPath UUID organizationId, @RestPath UUID bookingId,
                                                 @Valid CancelRequest body) {
        return allowed(organizationId, bookingId, access::requireMayChange)
                .chain(() -> service.cancel(organizationId, bookingId, body == null ? null : body.reason()))
                .map(booking -> withConsistencyToken(RestResponse.ResponseBuilder.ok(view(booking)), booking).build());
    }

    /**
     * The answer to a change carries what lets its caller read their own write: availability, asked
     * with this token, answers once the change has reached it (docs/api.md).
     */
    private static <T> RestResponse.ResponseBuilder<T> withConsistencyToken(RestResponse.ResponseBuilder<T> answer,
                                                                            Booking booking) {
        return answer.header(ConsistencyToken.HEADER, consistencyTokenOf(booking));
    }

    private static String consistencyTokenOf(Booking booking) {
        return new ConsistencyToken(booking.id, booking.version).toString();
    }

    /** Owners and assistants may act on every booking; others are checked against the booking first. */
    private Uni<Void> allowed(UUID organizationId, UUID bookingId, Consumer<Booking> rule) {
        return access.seesAll() ? Uni.createFrom().voidItem()
                : service.get(organizationId, bookingId).invoke(rule).replaceWithVoid();
    }

    private BookingView view(Booking booking) {
        return access.view(booking, catalog.provider(booking.organizationId, booking.providerId).orElse(null));
    }

    private static String location(UUID organizationId, UUID bookingId) {
        return "/v1/organizations/" + organizationId + "/bookings/" + bookingId;
    }
}
