package io.tempora.provider.caseload;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CaseloadRepository implements PanacheRepositoryBase<Caseload, UUID> {
}
