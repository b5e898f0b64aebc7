package io.tempora.availability.slots;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.tempora.availability.AvailabilityConfig;
import io.tempora.availability.readmodel.OrganizationState;
import io.tempora.availability.readmodel.ReadModel;
import io.tempora.contracts.ConsistencyToken;
import io.tempora.contracts.provider.ProviderSnapshot;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.Conflict;
import io.tempora.contracts.rules.NoSlotReason;
import io.tempora.contracts.rules.ProviderSelection;
import io.tempora.kit.concurrency.Pause;
import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.problem.ProblemType;
import io.tempora.slots.NoSlots;
import io.tempora.slots.Offerings;
import io.tempora.slots.ProviderCalendar;
import io.tempora.slots.Requirement;
import io.tempora.slots.ServiceRules;
import io.tempora.slots.Slot;
import io.tempora.slots.SlotCheck;
import io.tempora.slots.SlotEngine;
import io.tempora.slots.SlotQuery;
import io.tempora.slots.Spans;
import io.tempora.slots.WorkingWindows;

/**
 * Answers availability questions from the read model with the slot engine; no I/O, so it runs on
 * the event loop, except answers large enough to be worth a worker thread.
 */
@ApplicationScoped
public class AvailabilityService {

    /** Longest range one query may cover, in days. */
    public static final int MAXIMUM_RANGE_DAYS = 62;

    private final ReadModel model;
    private final Clock clock;
    private final AvailabilityCache cache;
    private final AvailabilityWriter writer;
    private final AvailabilityConfig config;
    private final OrganizationInputsCache organizationInputs;
    /** How often a read that waits for a change looks again: about the follower's own fetch wait. */
    private static final java.time.Duration CONSISTENCY_POLL = java.time.Duration.ofMillis(20);

    public AvailabilityService(ReadModel model, Clock clock, AvailabilityCache cache, ObjectMapper json,
                               AvailabilityConfig config, OrganizationInputsCache organizationInputs) {
        this.model = model;
        this.clock = clock;
        this.cache = cache;
        this.writer = new AvailabilityWriter(json);
        this.config = config;
        this.organizationInputs = organizationInputs;
    }

    /**
     * The bookable slots written as JSON: from the cache while the organization and the minute stay
     * the same (audiences left out of the same providers share answers); otherwise computed, on a
     * worker thread when the answer may be large. A query whose hours could hold more candidate
     * slots than one answer may weigh is refused with a 400 saying how to narrow it.
     */
    public Uni<byte[]> slotsJson(UUID organizationId, AvailabilityQuery query, Audience audience) {
        return query.consistency()
                .map(token -> holding(organizationId, token, Instant.now(clock).plus(config.consistencyWait())))
                .orElseGet(() -> Uni.createFrom().voidItem())
                .chain(() -> computedSlotsJson(organizationId, query, audience));
    }

    /**
     * Completes once this replica's model holds the change the token names (a caller reading its
     * own write); a 503 with Retry-After when that takes longer than the configured wait.
     */
    private Uni<Void> holding(UUID organizationId, ConsistencyToken token, Instant giveUpAt) {
        boolean held = model.organization(organizationId).map(state -> state.holds(token.bookingId(), token.version()))
                .orElse(false);
        if (held) {
            return Uni.createFrom().voidItem();
        }
        if (!Instant.now(clock).isBefore(giveUpAt)) {
            return Uni.createFrom().failure(ProblemException.unavailable("the change " + token
                    + " has not reached this replica yet; retry shortly", 1));
        }
        return Pause.onContext(CONSISTENCY_POLL).chain(() -> holding(organizationId, token, giveUpAt));
    }

    private Uni<byte[]> computedSlotsJson(UUID organizationId, AvailabilityQuery query, Audience audience) {
        return Uni.createFrom().deferred(() -> {
            OrganizationState state = organization(organizationId);
            long changes = state.changes();
            long minute = clock.instant().getEpochSecond() / 60;
            ServiceSnapshot service = service(state, query.serviceId());
            // weighed once per question: it keys the cache and narrows the providers asked about
            List<UUID> leftOut = audience.leftOut(state, bookableProviders(state, service));
            AvailabilityCache.Key key = new AvailabilityCache.Key(organizationId, query.serviceId(), query.from(),
                    query.to(), query.providerId(), query.timezone(), query.seats(), query.form(), leftOut);
            byte[] kept = cache.kept(key, changes, minute);
            if (kept != null) {
                return Uni.createFrom().item(kept);
            }
            SlotSearch search = search(state, service, query, leftOut);
            Uni<byte[]> answered = Uni.createFrom().item(() -> cache.keep(key, changes, minute,
                    writer.write(answer(search), query.form())));
            return query.form().weigh(search.candidates()) > config.workerThresholdCandidates()
                    ? answered.runSubscriptionOn(Infrastructure.getDefaultWorkerPool()) : answered;
        });
    }

    /** One availability question, validated and ready for the engine. */
    private record SlotSearch(OrganizationState state, ServiceSnapshot service, AvailabilityQuery query, ZoneId zone,
                              List<ProviderSnapshot> providers, SlotQuery engineQuery, long candidates) {
    }

    /** @param leftOut the providers the asker cannot book, of all who take the service's bookings */
    private SlotSearch search(OrganizationState state, ServiceSnapshot service, AvailabilityQuery query,
                              List<UUID> leftOut) {
        ZoneId displayZone = ZoneId.of(query.timezone() != null ? query.timezone() : state.organization().timeZone());
        if (query.to().isBefore(query.from())) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(query.from(), query.to()) + 1 > MAXIMUM_RANGE_DAYS) {
            throw ProblemException.invalidField("to", "a query covers at most " + MAXIMUM_RANGE_DAYS + " days");
        }
        if (query.seats() > service.capacity()) {
            throw ProblemException.invalidField("seats", "the service has " + service.capacity() + " seats per slot");
        }
        List<ProviderSnapshot> providers = visibleTo(leftOut, providers(state, service, query.providerId()),
                query.providerId());
        Instant from = query.from().atStartOfDay(displayZone).toInstant();
        Instant to = query.to().plusDays(1).atStartOfDay(displayZone).toInstant();
        OrganizationInputs inputs = organizationInputs.of(state.organization().id(), state);
        List<ProviderCalendar> calendars = calendars(providers,
                inputs.forSearch(service.id(), from.getEpochSecond(), to.getEpochSecond()));
        long candidates = candidateStarts(calendars, ServiceRules.of(service).stepSeconds());
        if (candidates > config.maximumCandidatesPerAnswer()) {
            throw ProblemException.invalidField(query.providerId() == null ? "to" : "from", "this question could weigh up to "
                    + candidates + " candidate slots; one answer weighs at most " + config.maximumCandidatesPerAnswer()
                    + ": ask for fewer days" + (query.providerId() == null ? " or one provider (providerId)" : ""));
        }
        SlotQuery engineQuery = new SlotQuery(from.getEpochSecond(), to.getEpochSecond(), clock.instant().getEpochSecond(),
                ServiceRules.of(service), query.seats(), calendars, EngineInputs.requirements(state, service.id(), inputs::pool),
                rulesByProvider(service, providers));
        return new SlotSearch(state, service, query, displayZone, providers, engineQuery, candidates);
    }

    /** How many starts the grid could offer in the providers' working windows: a bound on an answer's work. */
    private static long candidateStarts(List<ProviderCalendar> calendars, long stepSeconds) {
        long starts = 0;
        for (ProviderCalendar calendar : calendars) {
            long[] windows = calendar.windows();
            for (int w = 0; w < windows.length; w += 2) {
                starts += (windows[w + 1] - windows[w]) / stepSeconds + 1;
            }
        }
        return starts;
    }

    private AvailabilityWriter.Answer answer(SlotSearch search) {
        ServiceSnapshot service = search.service();
        return new AvailabilityWriter.Answer(search.state().organization().id(), service, search.zone(),
                search.query().from(), search.query().to(), search.query().seats(), search.providers(),
                SlotEngine.slots(search.engineQuery()), clientsChoose(search.state(), service), service.variesByProvider());
    }

    public CheckResult check(UUID organizationId, CheckRequest request) {
        OrganizationState state = organization(organizationId);
        ServiceSnapshot service = service(state, request.serviceId());
        int seats = request.seats() == null ? 1 : request.seats();
        if (seats > service.capacity()) {
            throw ProblemException.invalidField("seats", "the service has " + service.capacity() + " seats per slot");
        }
        List<ProviderSnapshot> providers = providers(state, service, request.providerId());
        List<ServiceRules> rules = providers.stream().map(provider -> ServiceRules.of(service, provider.id())).toList();
        long start = request.start().toEpochSecond();
        Instant from = Instant.ofEpochSecond(ServiceRules.of(service).occupiedStart(start));
        Instant to = Instant.ofEpochSecond(rules.stream().mapToLong(own -> own.occupiedEnd(start)).max()
                .orElse(ServiceRules.of(service).occupiedEnd(start)));
        EngineInputs.Occupancy occupancy = new EngineInputs.Occupancy(state, service.id(), request.excludeBookingId(),
                from, to);
        List<Requirement> required = EngineInputs.requirements(state, service.id(), occupancy::pool);
        List<UUID> chosen = request.resourceIds() == null ? List.of() : request.resourceIds();
        requireOfRequiredTypes(required, chosen);
        List<ProviderCalendar> calendars = calendars(providers, occupancy);

        List<CheckResult.ProviderCheck> checks = new ArrayList<>();
        List<SlotCheck.Result> results = new ArrayList<>();
        List<UUID> candidates = new ArrayList<>();
        Set<Conflict> all = EnumSet.noneOf(Conflict.class);
        for (int i = 0; i < providers.size(); i++) {
            SlotCheck.Result result = SlotCheck.check(rules.get(i), clock.instant().getEpochSecond(), seats,
                    calendars.get(i), start, required, chosen);
            results.add(result);
            ProviderSnapshot provider = providers.get(i);
            checks.add(new CheckResult.ProviderCheck(provider.id(), provider.name(), result.conflicts(),
                    result.remainingSeats(), service.durationMinutesWith(provider.id()), service.priceWith(provider.id())));
            all.addAll(result.conflicts());
            if (result.bookable()) {
                candidates.add(provider.id());
            }
        }
        List<Conflict> conflicts = candidates.isEmpty() ? List.copyOf(all) : List.of();
        int deciding = candidates.isEmpty() ? 0 : providers.stream().map(ProviderSnapshot::id).toList()
                .indexOf(candidates.get(0));
        List<CheckResult.ResourceCheck> resources = providers.isEmpty() ? List.of()
                : resourcesTaken(results.get(deciding), rules.get(deciding), start, required, occupancy);
        return new CheckResult(!candidates.isEmpty(), conflicts, candidates, checks, resources);
    }

    /**
     * The resources a booking would take with the provider the check decides for (the first
     * candidate, or the one asked for): what a new session picks, or, when it joins a group
     * session, what the session holds.
     */
    private static List<CheckResult.ResourceCheck> resourcesTaken(SlotCheck.Result result, ServiceRules rules, long start,
                                                                  List<Requirement> required,
                                                                  EngineInputs.Occupancy occupancy) {
        if (!result.joinsSession()) {
            return result.resources().stream().map(CheckResult.ResourceCheck::of).toList();
        }
        List<UUID> held = occupancy.resourcesOf(result.session().id());
        return required.stream().map(requirement -> CheckResult.ResourceCheck.joining(requirement,
                requirement.choose(rules.occupiedStart(start), rules.occupiedEnd(start), List.of(), false), held)).toList();
    }

    /**
     * Which providers (with a specialty, offering a service) have time on a date, their first free
     * times, and for the others why not: what a receptionist needs to answer "anyone on Sunday?".
     */
    public ProviderDayView providersOn(UUID organizationId, ProvidersQuery query, Audience audience) {
        OrganizationState state = organization(organizationId);
        ZoneId zone = ZoneId.of(query.timezone() != null ? query.timezone() : state.organization().timeZone());
        ServiceSnapshot service = query.serviceId() == null ? null : service(state, query.serviceId());
        String specialty = query.specialty() == null ? null : query.specialty().strip().toLowerCase(java.util.Locale.ROOT);
        List<ProviderSnapshot> candidates = service != null ? providers(state, service, null)
                : state.providers().values().stream().filter(ProviderSnapshot::active)
                .sorted(java.util.Comparator.comparing(ProviderSnapshot::name)).toList();
        List<UUID> leftOut = audience.leftOut(state, candidates.stream().map(ProviderSnapshot::id).toList());
        List<ProviderSnapshot> providers = visibleTo(leftOut, candidates, null).stream()
                .filter(provider -> specialty == null || provider.specialties().stream()
                        .anyMatch(own -> own.toLowerCase(java.util.Locale.ROOT).contains(specialty)))
                .toList();
        Instant from = query.date().atStartOfDay(zone).toInstant();
        Instant to = query.date().plusDays(1).atStartOfDay(zone).toInstant();
        EngineInputs.Occupancy occupancy = new EngineInputs.Occupancy(state, service == null ? null : service.id(), null,
                from, to);
        List<ProviderCalendar> calendars = calendars(providers, occupancy);
        List<Requirement> required = service == null ? List.of()
                : EngineInputs.requirements(state, service.id(), occupancy::pool);
        List<ProviderDayView.ProviderDay> days = new ArrayList<>();
        long now = clock.instant().getEpochSecond();
        for (int i = 0; i < providers.size(); i++) {
            ProviderSnapshot provider = providers.get(i);
            ProviderCalendar calendar = calendars.get(i);
            List<Long> free;
            NoSlotReason reason;
            if (service != null) {
                SlotQuery day = new SlotQuery(from.getEpochSecond(), to.getEpochSecond(), now,
                        ServiceRules.of(service, provider.id()), 1, List.of(calendar), required);
                free = SlotEngine.slots(day).stream().map(Slot::start).toList();
                reason = free.isEmpty() ? NoSlots.reason(day) : null;
            } else {
                free = freeTimeStarts(calendar, from.getEpochSecond(), to.getEpochSecond(), now);
                NoSlotReason calendarReason = NoSlots.calendarReason(calendar, from.getEpochSecond(), to.getEpochSecond());
                reason = !free.isEmpty() ? null : calendarReason != null ? calendarReason : NoSlotReason.FULLY_BOOKED;
            }
            days.add(new ProviderDayView.ProviderDay(provider.id(), provider.name(), provider.colorCode(),
                    provider.specialties(), !free.isEmpty(), reason,
                    free.stream().limit(3).map(start -> Instant.ofEpochSecond(start).atZone(zone).toOffsetDateTime())
                            .toList()));
        }
        return new ProviderDayView(query.date(), zone.getId(), days);
    }

    /** Starts of the provider's free stretches: working time minus time off and bookings, from now on. */
    private static List<Long> freeTimeStarts(ProviderCalendar calendar, long from, long to, long now) {
        long[] busy = new long[calendar.bookings().length * 2];
        for (int b = 0; b < calendar.bookings().length; b++) {
            busy[2 * b] = calendar.bookings()[b].start();
            busy[2 * b + 1] = calendar.bookings()[b].end();
        }
        long[] free = Spans.subtract(Spans.subtract(Spans.intersect(calendar.windows(),
                new long[] {Math.max(from, now), to}), calendar.timeOff()), Spans.normalize(busy));
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < free.length; i += 2) {
            starts.add(free[i]);
        }
        return starts;
    }

    private static void requireOfRequiredTypes(List<Requirement> required, List<UUID> chosen) {
        for (int i = 0; i < chosen.size(); i++) {
            UUID resource = chosen.get(i);
            if (required.stream().noneMatch(requirement -> requirement.resources().stream()
                    .anyMatch(candidate -> candidate.id().equals(resource)))) {
                throw ProblemException.invalidField("resourceIds[" + i + "]",
                        "not an active resource of a type this service requires");
            }
        }
    }

    /** An organization that does business: 404 when unknown, 409 naming its status when suspended. */
    private OrganizationState organization(UUID organizationId) {
        OrganizationState state = model.organization(organizationId)
                .orElseThrow(() -> ProblemException.notFound("organization", organizationId));
        if (!state.organization().takesBookings()) {
            throw new ProblemException(ProblemType.CONFLICT, "organization " + organizationId + " is "
                    + state.organization().status() + ": it offers no availability and takes no bookings",
                    List.of(), Map.of("organizationStatus", state.organization().status()), null);
        }
        return state;
    }

    private static ServiceSnapshot service(OrganizationState state, UUID serviceId) {
        ServiceSnapshot service = state.services().get(serviceId);
        if (service == null || !service.active()) {
            throw ProblemException.notFound("service", serviceId);
        }
        return service;
    }

    /** Who takes bookings of the service (see {@link Offerings}); only the one asked for, if any. */
    private static List<ProviderSnapshot> providers(OrganizationState state, ServiceSnapshot service, UUID providerId) {
        List<ProviderSnapshot> providers = bookableProviders(state, service).stream()
                .filter(provider -> providerId == null || providerId.equals(provider))
                .map(state.providers()::get)
                .toList();
        if (providerId != null && providers.isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no active provider " + providerId + " offers service "
                    + service.id() + (state.organization().multiProviderEnabled() ? ""
                    : " in this single-provider organization"));
        }
        return providers;
    }

    private static List<UUID> bookableProviders(OrganizationState state, ServiceSnapshot service) {
        return Offerings.bookableProviders(service, state.organization(), id -> {
            ProviderSnapshot provider = state.providers().get(id);
            return provider != null && provider.active();
        });
    }

    /**
     * The providers the asker can book: those not left out. A client who asks for one whose panel
     * refuses them is told so (409), rather than shown an empty calendar.
     */
    private static List<ProviderSnapshot> visibleTo(List<UUID> leftOut, List<ProviderSnapshot> providers,
                                                    UUID askedFor) {
        if (askedFor != null && leftOut.contains(askedFor)) {
            throw new ProblemException(ProblemType.CONFLICT, "provider " + askedFor + " takes no new clients",
                    List.of(), Map.of("conflicts", List.of(Conflict.NOT_TAKING_NEW_CLIENTS)), null);
        }
        return leftOut.isEmpty() ? providers
                : providers.stream().filter(provider -> !leftOut.contains(provider.id())).toList();
    }

    /** Each provider's own rules, or none when they all follow the service's. */
    private static List<ServiceRules> rulesByProvider(ServiceSnapshot service, List<ProviderSnapshot> providers) {
        return service.variesByProvider()
                ? providers.stream().map(provider -> ServiceRules.of(service, provider.id())).toList() : List.of();
    }

    private static boolean clientsChoose(OrganizationState state, ServiceSnapshot service) {
        return service.providerSelection() == ProviderSelection.CLIENT_CHOOSES && state.organization().multiProviderEnabled();
    }

    private static List<ProviderCalendar> calendars(List<ProviderSnapshot> providers, EngineInputs.Book book) {
        List<ProviderCalendar> calendars = new ArrayList<>(providers.size());
        for (ProviderSnapshot provider : providers) {
            WorkingWindows.Windows windows = book.windows(provider);
            calendars.add(new ProviderCalendar(windows.effective(), windows.regular(), book.timeOff(provider.id()),
                    book.bookings(provider.id())));
        }
        return calendars;
    }
}
