package io.tempora.provider.caseload;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.provider.CaseloadSnapshot;
import io.tempora.kit.concurrency.Versions;
import io.tempora.persistence.outbox.Outbox;
import io.tempora.provider.provider.ProviderRepository;
import io.tempora.contracts.rules.PanelStatus;

@ApplicationScoped
public class CaseloadService {

    private final CaseloadRepository caseloads;
    private final ProviderRepository providers;
    private final Outbox outbox;
    private final Clock clock;

    public CaseloadService(CaseloadRepository caseloads, ProviderRepository providers, Outbox outbox, Clock clock) {
        this.caseloads = caseloads;
        this.providers = providers;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The provider's caseload; an open panel without clients or limit until set. */
    @WithSession
    public Uni<Caseload> get(UUID organizationId, UUID providerId) {
        return providers.findInOrganization(organizationId, providerId)
                .flatMap(provider -> caseloads.findById(providerId))
                .map(found -> found != null ? found : initial(organizationId, providerId));
    }

    @WithTransaction
    public Uni<Caseload> replace(UUID organizationId, UUID providerId, CaseloadRequest request) {
        return providers.findInOrganization(organizationId, providerId)
                .flatMap(provider -> caseloads.findById(providerId))
                .flatMap(current -> {
                    if (current != null && request.version() != null) {
                        Versions.require("caseload of provider", providerId, current.version, request.version());
                    }
                    Caseload caseload = current != null ? current : initial(organizationId, providerId);
                    caseload.maximumCaseload = request.maximumCaseload();
                    caseload.panelStatus = request.panelStatus();
                    if (request.activeClientCount() != null) {
                        caseload.activeClientCount = request.activeClientCount();
                    }
                    caseload.updatedAt = Instant.now(clock);
                    return current != null ? caseloads.flush().replaceWith(caseload) : caseloads.persistAndFlush(caseload);
                })
                .call(caseload -> outbox.publish(Topics.PROVIDER_CASELOADS, RecordKey.of(organizationId, providerId),
                        CaseloadSnapshot.TYPE, CaseloadView.snapshot(caseload)));
    }

    /**
     * Changes the count of clients with live bookings by {@code clients} (never below none), in
     * the caller's transaction, and publishes the caseload when it changed.
     */
    Uni<Void> changeActiveClients(UUID organizationId, UUID providerId, int clients) {
        return caseloads.findById(providerId).chain(current -> {
            Caseload caseload = current != null ? current : initial(organizationId, providerId);
            if (!caseload.changeActiveClients(clients, Instant.now(clock))) {
                return Uni.createFrom().voidItem();
            }
            return (current != null ? caseloads.flush().replaceWith(caseload) : caseloads.persistAndFlush(caseload))
                    .chain(saved -> outbox.publish(Topics.PROVIDER_CASELOADS, RecordKey.of(organizationId, providerId),
                            CaseloadSnapshot.TYPE, CaseloadView.snapshot(saved)));
        });
    }

    private Caseload initial(UUID organizationId, UUID providerId) {
        Caseload caseload = new Caseload();
        caseload.providerId = providerId;
        caseload.organizationId = organizationId;
        caseload.panelStatus = PanelStatus.OPEN;
        caseload.updatedAt = Instant.now(clock);
        return caseload;
    }
}
