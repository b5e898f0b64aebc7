package io.tempora.booking.availability;

import java.util.UUID;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;
import io.tempora.kit.security.ServiceIdentity;

/** Calls carry booking-service's own identity, not the user's: availability-service trusts the service. */
@RegisterRestClient(configKey = "availability")
@RegisterProvider(ServiceIdentity.class)
@Path("/v1/organizations/{organizationId}/availability")
public interface AvailabilityClient {

    @POST
    @Path("/check")
    Uni<AvailabilityCheck.Result> check(@PathParam("organizationId") UUID organizationId,
                                        AvailabilityCheck.Request request);
}
