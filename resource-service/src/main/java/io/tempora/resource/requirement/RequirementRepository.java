package io.tempora.resource.requirement;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RequirementRepository implements PanacheRepositoryBase<ServiceRequirements, UUID> {

    /** The services whose requirements name this resource type. */
    public Uni<List<UUID>> servicesRequiring(UUID resourceTypeId) {
        return getSession().flatMap(session -> session.createQuery("""
                        select s.serviceId from ServiceRequirements s join s.requirements r
                        where r.resourceTypeId = :type order by s.serviceId""", UUID.class)
                .setParameter("type", resourceTypeId)
                .getResultList());
    }
}
