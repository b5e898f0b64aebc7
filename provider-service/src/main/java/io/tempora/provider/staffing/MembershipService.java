package io.tempora.provider.staffing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.tempora.kit.paging.Page;
import io.tempora.kit.paging.PageRequest;
import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.problem.ProblemType;
import io.tempora.persistence.Pages;
import io.tempora.provider.provider.Provider;
import io.tempora.provider.provider.ProviderRepository;
import io.tempora.provider.provider.ProviderService;
import io.tempora.provider.staffing.MembershipRequest.Kind;
import io.tempora.provider.staffing.MembershipRequest.Status;

/** How staff grows: invitations and join requests, and the link an accepted one makes. */
@ApplicationScoped
public class MembershipService {

    private static final int DEFAULT_DAYS_OPEN = 14;

    private final MembershipRequestRepository requests;
    private final ProviderRepository providers;
    private final ProviderService providerService;
    private final Clock clock;

    public MembershipService(MembershipRequestRepository requests, ProviderRepository providers,
                             ProviderService providerService, Clock clock) {
        this.requests = requests;
        this.providers = providers;
        this.providerService = providerService;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<MembershipRequest> open(UUID organizationId, Kind kind, MembershipRequestBody body) {
        Instant now = Instant.now(clock);
        return providers.findReferenced(organizationId, body.organizationProviderId(), "organizationProviderId")
                .flatMap(organization -> providers.findReferenced(organizationId, body.individualProviderId(),
                                "individualProviderId")
                        .invoke(individual -> requireCanJoin(organization, individual)))
                .flatMap(individual -> requests.pendingBetween(body.organizationProviderId(), individual.id))
                .call(pending -> {
                    if (pending == null) {
                        return Uni.createFrom().voidItem();
                    }
                    if (pending.statusAt(now) != Status.EXPIRED) {
                        throw ProblemException.conflict("a " + describe(pending.kind) + " between these providers is"
                                + " already pending: " + pending.id);
                    }
                    pending.status = Status.EXPIRED;
                    return requests.flush();
                })
                .flatMap(ignored -> {
                    MembershipRequest request = new MembershipRequest();
                    request.id = UUID.randomUUID();
                    request.organizationId = organizationId;
                    request.kind = kind;
                    request.organizationProviderId = body.organizationProviderId();
                    request.individualProviderId = body.individualProviderId();
                    request.message = body.message();
                    request.status = Status.PENDING;
                    request.createdAt = now;
                    int days = body.expiresInDays() == null ? DEFAULT_DAYS_OPEN : body.expiresInDays();
                    request.expiresAt = now.plus(Duration.ofDays(days));
                    return requests.persistAndFlush(request);
                });
    }

    @WithSession
    public Uni<MembershipRequest> get(UUID organizationId, Kind kind, UUID id) {
        return requests.findInOrganization(organizationId, kind, id);
    }

    @WithSession
    public Uni<Page<MembershipRequest>> list(UUID organizationId, Kind kind, PageRequest page) {
        return Pages.fetch(requests.search(organizationId, kind), page);
    }

    /**
     * Carries out a decision on a pending, unexpired request. Accepting links the individual to
     * the organization-type provider, provided both still qualify.
     */
    @WithTransaction
    public Uni<MembershipRequest> decide(UUID organizationId, Kind kind, UUID id, String action) {
        Decision decision = Decision.of(kind, action).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "a " + describe(kind) + " has no action '" + action + "'"));
        Instant now = Instant.now(clock);
        return requests.findInOrganization(organizationId, kind, id)
                .invoke(request -> {
                    Status current = request.statusAt(now);
                    if (current != Status.PENDING) {
                        throw ProblemException.conflict("the " + describe(kind) + " is " + current
                                + "; only a pending one can be decided");
                    }
                    request.status = decision.outcome();
                    request.decidedAt = now;
                })
                .call(request -> decision.outcome() == Status.ACCEPTED ? link(request) : Uni.createFrom().voidItem())
                .call(requests::flush);
    }

    private Uni<Provider> link(MembershipRequest request) {
        return providers.findInOrganization(request.organizationId, request.organizationProviderId)
                .flatMap(organization -> providers.findInOrganization(request.organizationId,
                                request.individualProviderId)
                        .invoke(individual -> requireCanJoin(organization, individual))
                        .flatMap(individual -> providerService.link(individual, organization)));
    }

    private static void requireCanJoin(Provider organization, Provider individual) {
        if (organization.type != Provider.Type.ORGANIZATION || !organization.active) {
            throw ProblemException.conflictOnField("organizationProviderId", "not an active organization-type provider",
                    "provider " + organization.id + " cannot take staff: it is not an active organization-type provider");
        }
        if (individual.type != Provider.Type.INDIVIDUAL || !individual.active || !individual.independent()) {
            throw ProblemException.conflictOnField("individualProviderId", "not an active independent individual",
                    "provider " + individual.id + " cannot join: only an active individual without an organization can");
        }
    }

    private static String describe(Kind kind) {
        return kind == Kind.INVITATION ? "invitation" : "join request";
    }
}
