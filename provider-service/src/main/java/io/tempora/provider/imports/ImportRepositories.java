package io.tempora.provider.imports;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** The import's own tables. */
final class ImportRepositories {

    private ImportRepositories() {
    }

    @ApplicationScoped
    static class Mappings implements PanacheRepositoryBase<ImportMapping, UUID> {

        Uni<List<ImportMapping>> ofOrganization(UUID organizationId) {
            return list("organizationId", organizationId);
        }
    }

    @ApplicationScoped
    static class Appointments implements PanacheRepositoryBase<ImportedAppointmentRecord, UUID> {

        Uni<List<ImportedAppointmentRecord>> ofOrganization(UUID organizationId) {
            return list("organizationId", organizationId);
        }
    }
}
