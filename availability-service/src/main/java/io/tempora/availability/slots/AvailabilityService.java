package io.tempora.availability.slots;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.tempora.availability.readmodel.OrganizationState;
import io.tempora.availability.readmodel.ReadModel;
import io.tempora.contracts.provider.ProviderSnapshot;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.resource.ResourceSnapshot;
import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.problem.ProblemType;
import io.tempora.slots.Conflict;
import io.tempora.slots.OrganizationHours;
import io.tempora.slots.ProviderCalendar;
import io.tempora.slots.ProviderHours;
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
 * the event loop.
 */
@ApplicationScoped
public class AvailabilityService {

    /** Longest range one query may cover, in days. */
    public static final int MAXIMUM_RANGE_DAYS = 62;

    private final ReadModel model;
    private final Clock clock;
    private final AvailabilityCache cache;
    private final ObjectMapper json;

    public AvailabilityService(ReadModel model, Clock clock, AvailabilityCache cache, ObjectMapper json) {
        this.model = model;
        this.clock = clock;
        this.cache = cache;
        this.json = json;
    }

    /** {@link #slots} written as JSON, from the cache while the organization and the minute stay the same. */
    public byte[] slotsJson(UUID organizationId, AvailabilityQuery query) {
        OrganizationState state = organization(organizationId);
        long changes = state.changes();
        AvailabilityCache.Key key = new AvailabilityCache.Key(organizationId, query.serviceId(), query.from(),
                query.to(), query.providerId(), query.timezone(), query.seats());
        return cache.answer(key, changes, clock.instant().getEpochSecond() / 60, () -> {
            try {
                return json.writeValueAsBytes(slots(organizationId, query));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public AvailabilityView slots(UUID organizationId, AvailabilityQuery query) {
        OrganizationState state = organization(organizationId);
        ZoneId displayZone = ZoneId.of(query.timezone() != null ? query.timezone() : state.organization().timeZone());
        if (query.to().isBefore(query.from())) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(query.from(), query.to()) + 1 > MAXIMUM_RANGE_DAYS) {
            throw ProblemException.invalidField("to", "a query covers at most " + MAXIMUM_RANGE_DAYS + " days");
        }
        ServiceSnapshot service = service(state, query.serviceId());
        if (query.seats() > service.capacity()) {
            throw ProblemException.invalidField("seats", "the service has " + service.capacity() + " seats per slot");
        }
        List<ProviderSnapshot> providers = providers(state, service, query.providerId());
        Instant from = query.from().atStartOfDay(displayZone).toInstant();
        Instant to = query.to().plusDays(1).atStartOfDay(displayZone).toInstant();
        EngineInputs.Occupancy occupancy = new EngineInputs.Occupancy(state, service.id(), null, from, to);
        List<EngineInputs.RequiredType> required = EngineInputs.requirements(state, service.id(), occupancy);
        List<Slot> slots = SlotEngine.slots(new SlotQuery(from.getEpochSecond(), to.getEpochSecond(),
                clock.instant().getEpochSecond(), EngineInputs.rules(service), query.seats(),
                calendars(state, providers, from, to, occupancy), engineRequirements(required)));

        boolean listProviders = clientsChoose(state, service);
        Map<LocalDate, List<AvailabilityView.SlotView>> days = new LinkedHashMap<>();
        for (LocalDate date = query.from(); !date.isAfter(query.to()); date = date.plusDays(1)) {
            days.put(date, new ArrayList<>());
        }
        for (Slot slot : slots) {
            var start = Instant.ofEpochSecond(slot.start()).atZone(displayZone);
            List<AvailabilityView.Candidate> candidates = listProviders ? slot.candidates().stream()
                    .map(candidate -> {
                        ProviderSnapshot provider = providers.get(candidate.provider());
                        return new AvailabilityView.Candidate(provider.id(), provider.name(), provider.colorCode(),
                                candidate.remainingSeats());
                    }).toList() : null;
            days.get(start.toLocalDate()).add(new AvailabilityView.SlotView(start.toOffsetDateTime(),
                    Instant.ofEpochSecond(slot.end()).atZone(displayZone).toOffsetDateTime(), slot.remainingCapacity(),
                    candidates));
        }
        return new AvailabilityView(organizationId, service.id(), displayZone.getId(), query.seats(),
                days.entrySet().stream().map(day -> new AvailabilityView.Day(day.getKey(), day.getValue())).toList());
    }

    public CheckResult check(UUID organizationId, CheckRequest request) {
        OrganizationState state = organization(organizationId);
        ServiceSnapshot service = service(state, request.serviceId());
        int seats = request.seats() == null ? 1 : request.seats();
        if (seats > service.capacity()) {
            throw ProblemException.invalidField("seats", "the service has " + service.capacity() + " seats per slot");
        }
        List<ProviderSnapshot> providers = providers(state, service, request.providerId());
        ServiceRules rules = EngineInputs.rules(service);
        long start = request.start().toEpochSecond();
        Instant from = Instant.ofEpochSecond(rules.occupiedStart(start));
        Instant to = Instant.ofEpochSecond(rules.occupiedEnd(start));
        EngineInputs.Occupancy occupancy = new EngineInputs.Occupancy(state, service.id(), request.excludeBookingId(),
                from, to);
        List<EngineInputs.RequiredType> required = EngineInputs.requirements(state, service.id(), occupancy);
        List<CheckResult.ResourceCheck> resources = resourceChecks(required, rules, start, request.resourceIds());
        boolean chosenResourcesFree = request.resourceIds() == null || resources.stream()
                .allMatch(check -> check.suggestedResourceIds().size() == check.quantity());
        List<ProviderCalendar> calendars = calendars(state, providers, from, to, occupancy);

        List<CheckResult.ProviderCheck> checks = new ArrayList<>();
        List<UUID> candidates = new ArrayList<>();
        Set<Conflict> all = EnumSet.noneOf(Conflict.class);
        for (int i = 0; i < providers.size(); i++) {
            SlotCheck.Result result = SlotCheck.check(rules, clock.instant().getEpochSecond(), seats, calendars.get(i),
                    start, engineRequirements(required));
            List<Conflict> conflicts = new ArrayList<>(result.conflicts());
            if (!chosenResourcesFree && !result.joinsSession() && !conflicts.contains(Conflict.RESOURCE_CONFLICT)) {
                conflicts.add(Conflict.RESOURCE_CONFLICT);
            }
            ProviderSnapshot provider = providers.get(i);
            checks.add(new CheckResult.ProviderCheck(provider.id(), provider.name(), List.copyOf(conflicts),
                    result.remainingSeats()));
            all.addAll(conflicts);
            if (conflicts.isEmpty()) {
                candidates.add(provider.id());
            }
        }
        List<Conflict> conflicts = candidates.isEmpty() ? List.copyOf(all) : List.of();
        return new CheckResult(!candidates.isEmpty(), conflicts, candidates, checks, resources);
    }

    /**
     * Which providers (with a specialty, offering a service) have time on a date, their first free
     * times, and for the others why not: what a receptionist needs to answer "anyone on Sunday?".
     */
    public ProviderDayView providersOn(UUID organizationId, ProvidersQuery query) {
        OrganizationState state = organization(organizationId);
        ZoneId zone = ZoneId.of(query.timezone() != null ? query.timezone() : state.organization().timeZone());
        ServiceSnapshot service = query.serviceId() == null ? null : service(state, query.serviceId());
        String specialty = query.specialty() == null ? null : query.specialty().strip().toLowerCase(java.util.Locale.ROOT);
        List<ProviderSnapshot> providers = (service != null ? providers(state, service, null)
                : state.providers().values().stream().filter(ProviderSnapshot::active)
                .sorted(java.util.Comparator.comparing(ProviderSnapshot::name)).toList())
                .stream()
                .filter(provider -> specialty == null || provider.specialties().stream()
                        .anyMatch(own -> own.toLowerCase(java.util.Locale.ROOT).contains(specialty)))
                .toList();
        Instant from = query.date().atStartOfDay(zone).toInstant();
        Instant to = query.date().plusDays(1).atStartOfDay(zone).toInstant();
        EngineInputs.Occupancy occupancy = new EngineInputs.Occupancy(state, service == null ? null : service.id(), null,
                from, to);
        List<ProviderCalendar> calendars = calendars(state, providers, from, to, occupancy);
        List<EngineInputs.RequiredType> required = service == null ? List.of()
                : EngineInputs.requirements(state, service.id(), occupancy);
        List<ProviderDayView.ProviderDay> days = new ArrayList<>();
        for (int i = 0; i < providers.size(); i++) {
            ProviderSnapshot provider = providers.get(i);
            ProviderCalendar calendar = calendars.get(i);
            List<Long> free = service != null
                    ? SlotEngine.slots(new SlotQuery(from.getEpochSecond(), to.getEpochSecond(),
                    clock.instant().getEpochSecond(), EngineInputs.rules(service), 1, List.of(calendar),
                    engineRequirements(required))).stream().map(Slot::start).toList()
                    : freeTimeStarts(calendar, from.getEpochSecond(), to.getEpochSecond(), clock.instant().getEpochSecond());
            ProviderDayView.Reason reason = free.isEmpty() ? reasonWhyNot(calendar, from, to) : null;
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

    private static ProviderDayView.Reason reasonWhyNot(ProviderCalendar calendar, Instant from, Instant to) {
        long[] day = {from.getEpochSecond(), to.getEpochSecond()};
        long[] working = Spans.intersect(calendar.windows(), day);
        if (working.length == 0) {
            return Spans.intersect(calendar.regular(), day).length == 0
                    ? ProviderDayView.Reason.OFF : ProviderDayView.Reason.CLOSED;
        }
        return Spans.subtract(working, calendar.timeOff()).length == 0
                ? ProviderDayView.Reason.TIME_OFF : ProviderDayView.Reason.FULLY_BOOKED;
    }

    /** Free resources per required type, and the ones to allocate: those chosen, else the first free by name. */
    private static List<CheckResult.ResourceCheck> resourceChecks(List<EngineInputs.RequiredType> required,
                                                                  ServiceRules rules, long start, List<UUID> chosen) {
        List<CheckResult.ResourceCheck> checks = new ArrayList<>();
        Set<UUID> requiredResources = new java.util.HashSet<>();
        for (EngineInputs.RequiredType type : required) {
            List<UUID> free = new ArrayList<>();
            for (int r = 0; r < type.resources().size(); r++) {
                ResourceSnapshot resource = type.resources().get(r);
                requiredResources.add(resource.id());
                if (type.requirement().resources().get(r).freeDuring(rules.occupiedStart(start), rules.occupiedEnd(start))) {
                    free.add(resource.id());
                }
            }
            List<UUID> suggested = chosen == null
                    ? free.stream().limit(type.quantity()).toList()
                    : free.stream().filter(chosen::contains).limit(type.quantity()).toList();
            checks.add(new CheckResult.ResourceCheck(type.resourceTypeId(), type.quantity(), free,
                    suggested.size() < type.quantity() && chosen == null ? List.of() : suggested));
        }
        if (chosen != null) {
            for (int i = 0; i < chosen.size(); i++) {
                if (!requiredResources.contains(chosen.get(i))) {
                    throw ProblemException.invalidField("resourceIds[" + i + "]",
                            "not an active resource of a type this service requires");
                }
            }
        }
        return checks;
    }

    private OrganizationState organization(UUID organizationId) {
        return model.organization(organizationId)
                .orElseThrow(() -> ProblemException.notFound("organization", organizationId));
    }

    private static ServiceSnapshot service(OrganizationState state, UUID serviceId) {
        ServiceSnapshot service = state.services().get(serviceId);
        if (service == null || !service.active()) {
            throw ProblemException.notFound("service", serviceId);
        }
        return service;
    }

    /** The active providers offering the service, in assignment order; only the one asked for, if any. */
    private static List<ProviderSnapshot> providers(OrganizationState state, ServiceSnapshot service, UUID providerId) {
        List<ProviderSnapshot> providers = new ArrayList<>();
        for (ServiceSnapshot.Offering offering : service.providers()) {
            ProviderSnapshot provider = state.providers().get(offering.providerId());
            if (provider != null && provider.active() && (providerId == null || providerId.equals(provider.id()))) {
                providers.add(provider);
            }
        }
        if (providerId != null && providers.isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no active provider " + providerId + " offers service "
                    + service.id());
        }
        return providers;
    }

    private static boolean clientsChoose(OrganizationState state, ServiceSnapshot service) {
        return "CLIENT_CHOOSES".equals(service.providerSelection()) && state.organization().multiProviderEnabled();
    }

    private static List<ProviderCalendar> calendars(OrganizationState state, List<ProviderSnapshot> providers,
                                                    Instant from, Instant to, EngineInputs.Occupancy occupancy) {
        OrganizationHours organization = EngineInputs.organizationHours(state);
        List<ProviderCalendar> calendars = new ArrayList<>(providers.size());
        for (ProviderSnapshot provider : providers) {
            ProviderHours hours = EngineInputs.providerHours(state, provider);
            WorkingWindows.Windows windows = WorkingWindows.of(hours, organization, from, to);
            calendars.add(new ProviderCalendar(windows.effective(), windows.regular(), occupancy.timeOff(provider.id()),
                    occupancy.bookings(provider.id())));
        }
        return calendars;
    }

    private static List<Requirement> engineRequirements(List<EngineInputs.RequiredType> required) {
        return required.stream().map(EngineInputs.RequiredType::requirement).toList();
    }
}
