package io.tempora.provider.appointmenttype;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.tempora.persistence.OrganizationScopedRepository;

@ApplicationScoped
public class AppointmentTypeRepository implements OrganizationScopedRepository<AppointmentType> {

    @Override
    public String entityName() {
        return "service";
    }

    public PanacheQuery<AppointmentType> search(UUID organizationId, Boolean active) {
        Sort byName = Sort.by("name").and("id");
        return active == null
                ? find("organizationId = ?1", byName, organizationId)
                : find("organizationId = ?1 and active = ?2", byName, organizationId, active);
    }

    public Uni<Boolean> nameTaken(UUID organizationId, String name, UUID except) {
        return count("organizationId = ?1 and lower(name) = lower(?2) and id <> ?3", organizationId, name, except)
                .map(count -> count > 0);
    }
}
