package io.tempora.provider.timeoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.provider.TimeOffEvents;
import io.tempora.contracts.provider.TimeOffSnapshot;
import io.tempora.kit.paging.Page;
import io.tempora.kit.paging.PageRequest;
import io.tempora.kit.problem.Problem.FieldError;
import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.problem.ProblemType;
import io.tempora.persistence.Pages;
import io.tempora.persistence.outbox.Outbox;
import io.tempora.provider.organization.OrganizationRepository;
import io.tempora.provider.provider.Provider;
import io.tempora.provider.provider.ProviderRepository;
import io.tempora.provider.timeoff.TimeOff.Status;

/**
 * Time off and its approval: {@code REQUESTED} becomes {@code APPROVED} or {@code DENIED}; a
 * requested or approved one can be {@code CANCELLED}. Each step is published as a snapshot and as
 * an event, in the transaction that makes it.
 */
@ApplicationScoped
public class TimeOffService {

    private static final Duration LONGEST = Duration.ofDays(366);
    private static final Map<Status, Set<Status>> ALLOWED = Map.of(
            Status.REQUESTED, Set.of(Status.APPROVED, Status.DENIED, Status.CANCELLED),
            Status.APPROVED, Set.of(Status.CANCELLED),
            Status.DENIED, Set.of(),
            Status.CANCELLED, Set.of());

    private final TimeOffRepository timeOffs;
    private final ProviderRepository providers;
    private final OrganizationRepository organizations;
    private final Outbox outbox;
    private final Clock clock;

    public TimeOffService(TimeOffRepository timeOffs, ProviderRepository providers,
                          OrganizationRepository organizations, Outbox outbox, Clock clock) {
        this.timeOffs = timeOffs;
        this.providers = providers;
        this.organizations = organizations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<TimeOff> request(UUID organizationId, UUID providerId, TimeOffRequest request) {
        return providers.findInOrganization(organizationId, providerId)
                .call(provider -> requireCoverage(provider, request.coverageProviderId()))
                .map(provider -> {
                    TimeOff timeOff = new TimeOff();
                    timeOff.id = UUID.randomUUID();
                    timeOff.organizationId = organizationId;
                    timeOff.providerId = providerId;
                    setSpan(timeOff, request, ZoneId.of(provider.timeZone));
                    timeOff.type = request.type();
                    timeOff.reason = request.reason();
                    timeOff.coverageProviderId = request.coverageProviderId();
                    timeOff.status = Status.REQUESTED;
                    timeOff.createdAt = Instant.now(clock);
                    timeOff.updatedAt = timeOff.createdAt;
                    return timeOff;
                })
                .call(timeOffs::persistAndFlush)
                .call(timeOff -> publish(timeOff, TimeOffEvents.REQUESTED, new TimeOffEvents.Requested(organizationId,
                        providerId, timeOff.id, timeOff.start, timeOff.end, timeOff.allDay, timeOff.startDate,
                        timeOff.endDate, timeOff.type.name())));
    }

    @WithTransaction
    public Uni<TimeOff> approve(UUID organizationId, UUID providerId, UUID id, TimeOffDecision decision,
                                String decidedBy) {
        return timeOffs.findOfProvider(organizationId, providerId, id)
                .call(timeOff -> decision.coverageProviderId() == null ? Uni.createFrom().voidItem()
                        : providers.findInOrganization(organizationId, providerId)
                        .call(provider -> requireCoverage(provider, decision.coverageProviderId()))
                        .invoke(provider -> timeOff.coverageProviderId = decision.coverageProviderId()))
                .invoke(timeOff -> decide(timeOff, Status.APPROVED, decision, decidedBy))
                .call(timeOffs::flush)
                .call(timeOff -> publish(timeOff, TimeOffEvents.APPROVED, new TimeOffEvents.Approved(organizationId,
                        providerId, id, timeOff.start, timeOff.end, decidedBy, timeOff.coverageProviderId)));
    }

    @WithTransaction
    public Uni<TimeOff> deny(UUID organizationId, UUID providerId, UUID id, TimeOffDecision decision, String decidedBy) {
        return timeOffs.findOfProvider(organizationId, providerId, id)
                .invoke(timeOff -> decide(timeOff, Status.DENIED, decision, decidedBy))
                .call(timeOffs::flush)
                .call(timeOff -> publish(timeOff, TimeOffEvents.DENIED, new TimeOffEvents.Denied(organizationId,
                        providerId, id, decidedBy, decision.note())));
    }

    @WithTransaction
    public Uni<TimeOff> cancel(UUID organizationId, UUID providerId, UUID id, TimeOffDecision decision,
                               String decidedBy) {
        return timeOffs.findOfProvider(organizationId, providerId, id)
                .invoke(timeOff -> decide(timeOff, Status.CANCELLED, decision, decidedBy))
                .call(timeOffs::flush)
                .call(timeOff -> publish(timeOff, TimeOffEvents.CANCELLED, new TimeOffEvents.Cancelled(organizationId,
                        providerId, id, decidedBy)));
    }

    @WithSession
    public Uni<TimeOff> get(UUID organizationId, UUID providerId, UUID id) {
        return timeOffs.findOfProvider(organizationId, providerId, id);
    }

    /** One provider's time off, or (providerId null) the organization's, e.g. the approval queue. */
    @WithSession
    public Uni<Page<TimeOff>> list(UUID organizationId, UUID providerId, Status status, PageRequest page) {
        Uni<?> scope = providerId == null ? organizations.findExisting(organizationId)
                : providers.findInOrganization(organizationId, providerId);
        return scope.flatMap(found -> Pages.fetch(timeOffs.search(organizationId, providerId, status), page));
    }

    /** @param decidedBy the subject of the token that decides */
    private void decide(TimeOff timeOff, Status next, TimeOffDecision decision, String decidedBy) {
        if (!ALLOWED.get(timeOff.status).contains(next)) {
            throw ProblemException.conflict("time off " + timeOff.id + " is " + timeOff.status + " and cannot become "
                    + next);
        }
        timeOff.status = next;
        timeOff.decidedBy = decidedBy;
        timeOff.decisionNote = decision.note();
        timeOff.decidedAt = Instant.now(clock);
        timeOff.updatedAt = timeOff.decidedAt;
    }

    private static void setSpan(TimeOff timeOff, TimeOffRequest request, ZoneId zone) {
        timeOff.allDay = Boolean.TRUE.equals(request.allDay());
        if (timeOff.allDay) {
            requirePresent(request.startDate(), "startDate", request.endDate(), "endDate");
            if (request.endDate().isBefore(request.startDate())) {
                throw ProblemException.invalidField("endDate", "must not be before startDate");
            }
            timeOff.startDate = request.startDate();
            timeOff.endDate = request.endDate();
            timeOff.start = request.startDate().atStartOfDay(zone).toInstant();
            timeOff.end = request.endDate().plusDays(1).atStartOfDay(zone).toInstant();
        } else {
            requirePresent(request.start(), "start", request.end(), "end");
            if (!request.end().isAfter(request.start())) {
                throw ProblemException.invalidField("end", "must be after start");
            }
            timeOff.start = request.start().toInstant();
            timeOff.end = request.end().toInstant();
        }
        if (Duration.between(timeOff.start, timeOff.end).compareTo(LONGEST) > 0) {
            throw ProblemException.invalidField(timeOff.allDay ? "endDate" : "end", "time off is at most one year");
        }
    }

    private static void requirePresent(Object first, String firstField, Object second, String secondField) {
        List<FieldError> missing = new java.util.ArrayList<>();
        if (first == null) {
            missing.add(new FieldError(firstField, "must not be null"));
        }
        if (second == null) {
            missing.add(new FieldError(secondField, "must not be null"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "give " + firstField + " and " + secondField
                    + " (allDay decides between startDate/endDate and start/end)", missing);
        }
    }

    private Uni<Void> requireCoverage(Provider provider, UUID coverageProviderId) {
        if (coverageProviderId == null) {
            return Uni.createFrom().voidItem();
        }
        if (coverageProviderId.equals(provider.id)) {
            throw ProblemException.invalidField("coverageProviderId", "a provider cannot cover their own time off");
        }
        return providers.findReferenced(provider.organizationId, coverageProviderId, "coverageProviderId")
                .invoke(coverage -> {
                    if (!coverage.active) {
                        throw ProblemException.invalidField("coverageProviderId",
                                "provider " + coverage.id + " is deactivated");
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> publish(TimeOff timeOff, String eventType, Object event) {
        RecordKey key = RecordKey.of(timeOff.organizationId, timeOff.id);
        return outbox.publish(Topics.PROVIDER_TIME_OFF, key, TimeOffSnapshot.TYPE, TimeOffView.snapshot(timeOff))
                .call(() -> outbox.publish(Topics.PROVIDER_TIME_OFF_EVENTS, key, eventType, event));
    }
}
