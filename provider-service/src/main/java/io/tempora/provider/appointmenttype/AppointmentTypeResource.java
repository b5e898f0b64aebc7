package io.tempora.provider.appointmenttype;

import static io.tempora.kit.security.Roles.ADMIN_ASSISTANT;
import static io.tempora.kit.security.Roles.OWNER;
import static io.tempora.kit.security.Roles.PROVIDER;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;
import io.tempora.kit.paging.Page;
import io.tempora.kit.paging.PageRequest;
import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.security.Caller;
import io.tempora.kit.web.Created;
import io.tempora.persistence.db.CompletesDespiteDisconnect;

@CompletesDespiteDisconnect
@Path("/v1/organizations/{organizationId}/services")
@Tag(name = "Services", description = "Appointment types and the providers who offer them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppointmentTypeResource {

    private final AppointmentTypeService service;
    private final Caller caller;

    public AppointmentTypeResource(AppointmentTypeService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Create a service")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The organization has a service of that name")
    @RolesAllowed(OWNER)
    public Uni<RestResponse<AppointmentTypeView>> create(@RestPath UUID organizationId,
                                                         @Valid @NotNull AppointmentTypeRequest body) {
        return service.create(organizationId, body).map(created -> Created.at(
                "/v1/organizations/" + organizationId + "/services/" + created.id(),
                created));
    }

    @GET
    @Operation(summary = "List services by name, optionally only active or inactive ones",
            description = "Public: without a staff token only active services, and only their public fields.")
    @PermitAll
    public Uni<Page<ServiceListing>> list(@RestPath UUID organizationId, @RestQuery Boolean active,
                                          @BeanParam @Valid PageRequest page) {
        if (caller.isStaff()) {
            return service.list(organizationId, active, page).map(found -> found.map(view -> view));
        }
        return service.list(organizationId, true, page).map(found -> found.map(PublicServiceView::of));
    }

    @GET
    @Path("/{serviceId}")
    @Operation(summary = "Read a service with the providers who offer it",
            description = "Public: without a staff token only an active service, and only its public fields.")
    @PermitAll
    public Uni<ServiceListing> get(@RestPath UUID organizationId, @RestPath UUID serviceId) {
        return service.get(organizationId, serviceId).map(found -> {
            if (caller.isStaff()) {
                return found;
            }
            if (!found.active()) {
                throw ProblemException.notFound("service", serviceId);
            }
            return PublicServiceView.of(found);
        });
    }

    @PUT
    @Path("/{serviceId}")
    @Operation(summary = "Replace a service", description = "Send the version you read.")
    @RolesAllowed(OWNER)
    public Uni<AppointmentTypeView> replace(@RestPath UUID organizationId, @RestPath UUID serviceId,
                                            @Valid @NotNull AppointmentTypeRequest body) {
        return service.replace(organizationId, serviceId, body);
    }

    @DELETE
    @Path("/{serviceId}")
    @Operation(summary = "Delete a service and its provider assignments",
            description = "To stop offering it but keep it, set active to false instead.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @RolesAllowed(OWNER)
    public Uni<Void> delete(@RestPath UUID organizationId, @RestPath UUID serviceId) {
        return service.delete(organizationId, serviceId);
    }

    @GET
    @Path("/{serviceId}/providers")
    @Operation(summary = "Who offers the service, in assignment order")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER})
    public Uni<List<AppointmentTypeView.AssignmentView>> providers(@RestPath UUID organizationId,
                                                                   @RestPath UUID serviceId) {
        return service.get(organizationId, serviceId).map(AppointmentTypeView::providers);
    }

    @POST
    @Path("/{serviceId}/providers")
    @Operation(summary = "Let a provider offer the service")
    @APIResponse(responseCode = "201", description = "Assigned; the body is the service")
    @APIResponse(responseCode = "409", description = "The provider already offers it")
    @RolesAllowed(OWNER)
    public Uni<RestResponse<AppointmentTypeView>> assign(@RestPath UUID organizationId, @RestPath UUID serviceId,
                                                         @Valid @NotNull AssignmentRequest body) {
        return service.assign(organizationId, serviceId, body).map(updated -> Created.at(
                "/v1/organizations/" + organizationId + "/services/" + serviceId + "/providers/" + body.providerId(),
                updated));
    }

    @PUT
    @Path("/{serviceId}/providers/{providerId}")
    @Operation(summary = "Change a provider's priority, duration or price for the service")
    @RolesAllowed(OWNER)
    public Uni<AppointmentTypeView> changeAssignment(@RestPath UUID organizationId, @RestPath UUID serviceId,
                                                     @RestPath UUID providerId, @Valid @NotNull AssignmentRequest body) {
        return service.changeAssignment(organizationId, serviceId, providerId, body);
    }

    @DELETE
    @Path("/{serviceId}/providers/{providerId}")
    @Operation(summary = "Stop a provider offering the service")
    @RolesAllowed(OWNER)
    public Uni<AppointmentTypeView> unassign(@RestPath UUID organizationId, @RestPath UUID serviceId,
                                             @RestPath UUID providerId) {
        return service.unassign(organizationId, serviceId, providerId);
    }
}
