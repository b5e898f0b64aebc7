package io.tempora.provider.caseload;

import static io.tempora.kit.security.Roles.ADMIN_ASSISTANT;
import static io.tempora.kit.security.Roles.OWNER;
import static io.tempora.kit.security.Roles.PROVIDER;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.mutiny.Uni;
import io.tempora.kit.security.ProviderOwned;

import io.tempora.persistence.db.CompletesDespiteDisconnect;

@CompletesDespiteDisconnect
@Path("/v1/organizations/{organizationId}/providers/{providerId}/caseload")
@Tag(name = "Caseloads", description = "How many clients a provider looks after")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseloadResource {

    private final CaseloadService service;

    public CaseloadResource(CaseloadService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The provider's caseload and panel status")
    @RolesAllowed({OWNER, ADMIN_ASSISTANT, PROVIDER})
    @ProviderOwned
    public Uni<CaseloadView> get(@RestPath UUID organizationId, @RestPath UUID providerId) {
        return service.get(organizationId, providerId).map(CaseloadView::of);
    }

    @PUT
    @Operation(summary = "Set the maximum caseload and the panel status")
    @RolesAllowed(OWNER)
    public Uni<CaseloadView> replace(@RestPath UUID organizationId, @RestPath UUID providerId,
                                     @Valid @NotNull CaseloadRequest body) {
        return service.replace(organizationId, providerId, body).map(CaseloadView::of);
    }
}
