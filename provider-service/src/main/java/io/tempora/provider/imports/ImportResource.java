package io.tempora.provider.imports;

import static io.tempora.kit.security.Roles.OWNER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import io.tempora.kit.security.Caller;
import io.tempora.persistence.db.CompletesDespiteDisconnect;

@CompletesDespiteDisconnect
@Path("/v1/imports")
@Tag(name = "Imports", description = "Bringing existing practices onto Tempora")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final SoloPracticeImport imports;
    private final Caller caller;

    public ImportResource(SoloPracticeImport imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Path("/solo-practice")
    @Operation(summary = "Import a solo practice into the owner's organization",
            description = "Creates, or on a re-run finds by their source ids, the organization (multiProviderEnabled=false), "
                    + "its practitioner, a schedule from the business hours, the holidays and services, and hands every "
                    + "placeable appointment to booking-service. All or nothing. With dryRun=true nothing is written and "
                    + "the report says what would be. See docs/migration.md for the file format.")
    @APIResponse(responseCode = "200", description = "What was created, what existed, and each appointment not placed, with why")
    @APIResponse(responseCode = "409", description = "A service name or the slug is taken by something not imported")
    @RolesAllowed(OWNER)
    public Uni<ImportReport> importSoloPractice(@RestQuery boolean dryRun, @Valid @NotNull SoloPracticeFile file) {
        var organization = caller.organizationId()
                .orElseThrow(() -> new ForbiddenException("the owner's token names no organization (org_id)"));
        return imports.run(organization, file, dryRun);
    }
}
