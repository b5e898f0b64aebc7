package io.tempora.booking.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.tempora.booking.BookingConfig;
import io.tempora.booking.availability.AvailabilityCheck;
import io.tempora.booking.availability.AvailabilityGateway;
import io.tempora.booking.capacity.CapacityGuard;
import io.tempora.booking.capacity.Claim;
import io.tempora.booking.catalog.Catalog;
import io.tempora.booking.idempotency.IdempotencyKeys;
import io.tempora.contracts.booking.BookingEvent;
import io.tempora.contracts.booking.ImportedAppointment;
import io.tempora.contracts.provider.ProviderSnapshot;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AppointmentLimits;
import io.tempora.contracts.rules.Conflict;
import io.tempora.kit.paging.Page;
import io.tempora.kit.paging.PageRequest;
import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.problem.ProblemType;
import io.tempora.persistence.Pages;
import io.tempora.persistence.db.DatabaseProblemTranslator;
import io.tempora.persistence.db.DatabaseQueue;

/**
 * Creates, moves and cancels bookings. Each write first asks availability-service whether the
 * calendars allow it (outside any transaction), then places it under {@link CapacityGuard} and
 * stores the booking, its allocations, its history and its announcements in one transaction,
 * which runs again when it loses a capacity race.
 */
@ApplicationScoped
public class BookingService {

    /** Kept as a warning when staff book over an availability-service that could not answer. */
    public static final String AVAILABILITY_NOT_CHECKED = "AVAILABILITY_NOT_CHECKED";

    private final BookingRepository bookings;
    private final BookingChangeRepository changes;
    private final CapacityGuard capacity;
    private final AvailabilityGateway availability;
    private final Catalog catalog;
    private final Claims claims;
    private final IdempotencyKeys idempotency;
    private final BookingEvents events;
    private final BookingConfig config;
    private final BookingOutcomes outcomes;
    private final DatabaseQueue database;
    private final Clock clock;

    public BookingService(BookingRepository bookings, BookingChangeRepository changes, CapacityGuard capacity,
                          AvailabilityGateway availability, Catalog catalog, Claims claims, IdempotencyKeys idempotency,
                          BookingEvents events, BookingConfig config, BookingOutcomes outcomes, DatabaseQueue database,
                          Clock clock) {
        this.bookings = bookings;
        this.changes = changes;
        this.capacity = capacity;
        this.availability = availability;
        this.catalog = catalog;
        this.claims = claims;
        this.idempotency = idempotency;
        this.events = events;
        this.config = config;
        this.outcomes = outcomes;
        this.database = database;
        this.clock = clock;
    }

    /** @param replayed true when an earlier request with the same Idempotency-Key made the booking */
    public record Creation(Booking booking, boolean replayed) {
    }

    /**
     * Books, or returns the booking an earlier request with the same key made.
     *
     * @param idempotencyKey the client's key, or null
     */
    public Uni<Creation> create(UUID organizationId, String idempotencyKey, BookingRequest request, Booker booker) {
        String key = IdempotencyKeys.validated(idempotencyKey);
        String fingerprint = key == null ? null : IdempotencyKeys.fingerprint(request);
        Uni<Creation> booked = Uni.createFrom().deferred(() -> book(organizationId, key, fingerprint, request, booker));
        // the key is claimed first in the booking's transaction; a retry fails there (or earlier, its
        // slot now being taken) and is answered with what the first request made. A database that
        // refused the booking for load is not asked about the key as well: the client will retry.
        Uni<Creation> answered = key == null ? booked : booked
                .onFailure(failure -> !DatabaseProblemTranslator.outOfReachOrTooBusy(failure))
                .recoverWithUni(failure -> Panache.withSession(
                                () -> idempotency.earlierBooking(organizationId, booker.subject(), key, fingerprint))
                        .chain(earlier -> earlier.isPresent() ? replay(earlier.get()) : Uni.createFrom().failure(failure)));
        return answered.invoke(outcomes::created).onFailure().invoke(outcomes::refused);
    }

    public Uni<Booking> get(UUID organizationId, UUID id) {
        return Panache.withSession(() -> bookings.findInOrganization(organizationId, id));
    }

    public Uni<Page<Booking>> list(UUID organizationId, BookingFilter filter, PageRequest page) {
        if (filter.from != null && filter.to != null && !filter.to.isAfter(filter.from)) {
            throw ProblemException.invalidField("to", "must be after from");
        }
        return Panache.withSession(() -> Pages.fetch(bookings.filtered(organizationId, filter), page));
    }

    public Uni<List<BookingChange>> history(UUID organizationId, UUID id) {
        return Panache.withSession(() -> bookings.findInOrganization(organizationId, id)
                .chain(booking -> changes.ofBooking(booking.id)));
    }

    /**
     * Moves a booking; asking for where it already is changes nothing. A provider the strategy
     * picked is kept when free at the new time, and otherwise replaced by the strategy's next
     * choice; a provider that was named stays unless the request names another.
     */
    public Uni<Booking> reschedule(UUID organizationId, UUID id, RescheduleRequest request, Booker booker) {
        return get(organizationId, id).chain(current -> {
            Instant start = request.start().toInstant();
            List<UUID> resources = request.resourceIds() == null ? List.of() : request.resourceIds();
            if (current.isAlready(request.providerId(), start, resources)) {
                return Uni.createFrom().item(current);
            }
            UUID provider = request.providerId() != null ? request.providerId()
                    : current.providerAssigned ? null : current.providerId;
            return move(current, new Move(provider, start, resources, request.overriding(), BookingChange.Kind.RESCHEDULED,
                    request.reason(), booker));
        });
    }

    /** Hands a booking to a coverage provider at the same time, keeping its resources. */
    public Uni<Booking> reassign(Booking booking, UUID coverageProviderId, String reason) {
        return move(booking, new Move(coverageProviderId, booking.start, booking.resourceIds, false,
                BookingChange.Kind.REASSIGNED, reason, Booker.SYSTEM));
    }

    /** Cancels a booking, freeing its seats and resources at once; cancelling again changes nothing. */
    public Uni<Booking> cancel(UUID organizationId, UUID id, String reason) {
        return Panache.withTransaction(() -> bookings.lockedInOrganization(organizationId, id).call(booking -> {
            if (!booking.cancel(reason, Instant.now(clock))) {
                return Uni.createFrom().voidItem();
            }
            return bookings.flush()
                    .call(() -> bookings.release(booking.id))
                    .call(() -> record(booking, BookingChange.Kind.CANCELLED, null, null, reason));
        }));
    }

    /** Flags a booking whose provider is away and that nobody could take over. */
    public Uni<Booking> flagForReassignment(UUID organizationId, UUID id, String reason) {
        return Panache.withTransaction(() -> bookings.lockedInOrganization(organizationId, id).call(booking -> {
            if (booking.status != BookingStatus.CONFIRMED) {
                return Uni.createFrom().voidItem();
            }
            booking.status = BookingStatus.NEEDS_REASSIGNMENT;
            booking.updatedAt = Instant.now(clock);
            return bookings.flush().call(() -> record(booking, BookingChange.Kind.NEEDS_REASSIGNMENT, null, null, reason));
        }));
    }

    /**
     * Makes an imported appointment a booking of its provider, once: the booking keeps the id the
     * import gave it, so a record that arrives again finds it and changes nothing. The import
     * checked the calendar against the practice's hours; seats are still this database's
     * decision, so an appointment whose time a live booking took meanwhile fails with 409 rather
     * than being double-booked. A cancelled appointment is kept as a cancelled booking.
     *
     * @return the booking, new or found
     */
    public Uni<Booking> importAppointment(ImportedAppointment appointment, ServiceSnapshot service) {
        Duration length = Duration.between(appointment.start(), appointment.end());
        if (length.compareTo(AppointmentLimits.LONGEST_APPOINTMENT) > 0) {
            // capacity checks look for overlaps only among bookings that start at most this long before
            return Uni.createFrom().failure(ProblemException.invalidField("end", "the appointment lasts " + length
                    + ", longer than an appointment may (" + AppointmentLimits.LONGEST_APPOINTMENT + ")"));
        }
        // the appointment keeps the length it had, which may not be the service's
        Claim claim = claims.claim(appointment.organizationId(), appointment.bookingId(), service, appointment.start(), 1,
                List.of(), false).lasting(length);
        boolean cancelled = appointment.status() == ImportedAppointment.Status.CANCELLED;
        return config.capacityRetry().run(outcomes.countingLostRaces(() -> Panache.withTransaction(
                () -> bookings.findById(appointment.bookingId())
                        .chain(existing -> existing != null ? Uni.createFrom().item(existing)
                                : placeImported(appointment, claim, cancelled)))));
    }

    private Uni<Booking> placeImported(ImportedAppointment appointment, Claim claim, boolean cancelled) {
        Uni<CapacityGuard.Placement> placement = cancelled
                ? Uni.createFrom().item(CapacityGuard.Placement.occupyingNothing(claim, appointment.providerId()))
                : capacity.place(claim, List.of(appointment.providerId()));
        BookingRequest.Client client = new BookingRequest.Client(appointment.clientId(), appointment.clientName(),
                appointment.clientEmail(), appointment.clientPhone());
        String origin = "imported appointment " + appointment.externalId();
        return placement.chain(placed -> {
            Booking booking = newBooking(claim, client, placed, false, false, List.of(), origin);
            if (cancelled) {
                booking.status = BookingStatus.CANCELLED;
            }
            return persistNew(booking, origin);
        });
    }

    /** The provider's live bookings whose appointments overlap {@code [from, to)}. */
    public Uni<List<Booking>> liveOfProvider(UUID organizationId, UUID providerId, Instant from, Instant to) {
        return Panache.withSession(() -> bookings.liveOfProviderOverlapping(organizationId, providerId, from, to));
    }

    private Uni<Creation> book(UUID organizationId, String key, String fingerprint, BookingRequest request,
                               Booker booker) {
        ServiceSnapshot service = catalog.activeService(organizationId, request.serviceId(), "serviceId");
        if (request.providerId() != null) {
            catalog.offeringProvider(organizationId, service, request.providerId(), "providerId");
            requireNameable(service, organizationId, request.providerId(), booker);
        }
        Instant start = request.start().toInstant();
        requireBookableStart(start, request.overriding());
        Claim claim = claims.claim(organizationId, UUID.randomUUID(), service, start, request.seatsOrOne(),
                request.chosenResources(), request.overriding());
        boolean anyProvider = request.providerId() == null;
        return roomFor(booker)
                .chain(() -> plan(service, claim, request.providerId(), request.resourceIds(), request.overriding(), false))
                .map(plan -> present(plan, claim, request.overriding()))
                .chain(plan -> admitted(plan, claim, request.client().id(), booker, request.overriding()))
                .chain(plan -> config.capacityRetry().run(outcomes.countingLostRaces(() -> Panache.withTransaction(() ->
                        idempotency.claim(organizationId, booker.subject(), key, fingerprint, claim.bookingId())
                                .chain(() -> ordered(service, claim, plan, anyProvider, null))
                                .chain(providers -> capacity.place(claim, providers))
                                .onFailure(CapacityGuard.NoRoom.class).transform(noRoom -> plan.refusal((CapacityGuard.NoRoom) noRoom))
                                .chain(placement -> {
                                    Booking booking = newBooking(claim, request.client(), placement, anyProvider,
                                            request.overriding(), plan.warningsFor(placement), request.notes());
                                    return persistNew(booking, null);
                                })))))
                .map(booking -> new Creation(booking, false));
    }

    /**
     * A provider a request names (one who offers the service) takes its bookings (a
     * single-provider organization's one) and may be named by this booker: only staff name the
     * provider of a service that assigns it.
     */
    private void requireNameable(ServiceSnapshot service, UUID organizationId, UUID providerId, Booker booker) {
        if (!service.providerSelection().letsName(booker.isStaff())) {
            throw ProblemException.invalidField("providerId", "service " + service.id() + " assigns its provider;"
                    + " leave providerId out");
        }
        List<UUID> bookable = catalog.bookableProviders(organizationId, service);
        if (!bookable.contains(providerId)) {
            throw ProblemException.invalidField("providerId", bookable.isEmpty()
                    ? "nobody takes bookings of service " + service.id()
                    : "this organization takes its bookings with one provider, " + bookable.get(0));
        }
    }

    /**
     * The plan without the providers away on approved time off then, as this service has heard:
     * availability-service may not have heard of a time off approved a moment ago. Staff
     * overriding keep them, with the warning.
     */
    private Plan present(Plan plan, Claim claim, boolean override) {
        List<UUID> away = plan.providers().stream().filter(provider -> {
            Claim.Interval interval = claim.interval(provider);
            return catalog.away(claim.organizationId(), provider, interval.occupiedStart(), interval.occupiedEnd());
        }).toList();
        if (away.isEmpty()) {
            return plan;
        }
        if (override) {
            return plan.warning(away, Conflict.AVAILABILITY_EXCEPTION_CONFLICT);
        }
        List<UUID> present = plan.providers().stream().filter(provider -> !away.contains(provider)).toList();
        if (present.isEmpty()) {
            throw notBookable(List.of(Conflict.AVAILABILITY_EXCEPTION_CONFLICT));
        }
        return new Plan(present, plan.warnings(), plan.ruledOut());
    }

    /**
     * The plan without the providers whose caseload panel refuses this client as a new one (a
     * client with no booking with them that was not cancelled). Staff booking over conflicts keep
     * them, with a warning.
     */
    private Uni<Plan> admitted(Plan plan, Claim claim, UUID clientId, Booker booker, boolean override) {
        List<UUID> refusing = plan.providers().stream()
                .filter(provider -> !catalog.panel(claim.organizationId(), provider).admitsNewClient(booker.isStaff()))
                .toList();
        if (refusing.isEmpty()) {
            return Uni.createFrom().item(plan);
        }
        return Panache.withSession(() -> bookings.providersOfClient(claim.organizationId(), clientId, refusing))
                .map(theirs -> {
                    List<UUID> closed = refusing.stream().filter(provider -> !theirs.contains(provider)).toList();
                    if (closed.isEmpty()) {
                        return plan;
                    }
                    if (override) {
                        return plan.warning(closed, Conflict.NOT_TAKING_NEW_CLIENTS);
                    }
                    List<UUID> open = plan.providers().stream().filter(provider -> !closed.contains(provider)).toList();
                    if (open.isEmpty()) {
                        throw notBookable(List.of(Conflict.NOT_TAKING_NEW_CLIENTS));
                    }
                    return new Plan(open, plan.warnings(), plan.ruledOut());
                });
    }

    /**
     * @param providerId the provider to move it to; null to let the service's strategy pick, the
     *                   booking's own provider first
     */
    private record Move(UUID providerId, Instant start, List<UUID> resourceIds, boolean override,
                        BookingChange.Kind kind, String reason, Booker booker) {
    }

    /** Refusals (cancelled, provider not offering the service, start passed) come as failures, not throws. */
    private Uni<Booking> move(Booking current, Move move) {
        return Uni.createFrom().deferred(() -> checkedMove(current, move));
    }

    private Uni<Booking> checkedMove(Booking current, Move move) {
        if (current.status == BookingStatus.CANCELLED) {
            throw ProblemException.conflict("booking " + current.id + " is cancelled; make a new booking instead");
        }
        ServiceSnapshot service = catalog.activeService(current.organizationId, current.serviceId, "serviceId");
        boolean strategyPicks = move.providerId() == null;
        if (!strategyPicks) {
            catalog.offeringProvider(current.organizationId, service, move.providerId(), "providerId");
            if (move.kind() == BookingChange.Kind.RESCHEDULED && !move.providerId().equals(current.providerId)) {
                requireNameable(service, current.organizationId, move.providerId(), move.booker());
            }
        }
        requireBookableStart(move.start(), move.override());
        Claim claim = claims.claim(current.organizationId, current.id, service, move.start(), current.seats, move.resourceIds(),
                move.override());
        List<UUID> requestedResources = move.resourceIds().isEmpty() ? null : move.resourceIds();
        boolean assigned = strategyPicks || (move.kind() == BookingChange.Kind.REASSIGNED && current.providerAssigned);
        return roomFor(move.booker())
                .chain(() -> plan(service, claim, move.providerId(), requestedResources, move.override(), true))
                .map(plan -> present(plan, claim, move.override()))
                .chain(plan -> move.kind() == BookingChange.Kind.REASSIGNED ? Uni.createFrom().item(plan)
                        : admitted(plan, claim, current.clientId, move.booker(), move.override()))
                .chain(plan -> config.capacityRetry().run(outcomes.countingLostRaces(() -> Panache.withTransaction(() ->
                        bookings.lockedInOrganization(current.organizationId, current.id).chain(booking -> {
                            if (booking.status == BookingStatus.CANCELLED) {
                                throw ProblemException.conflict("booking " + booking.id + " was cancelled meanwhile");
                            }
                            if (booking.isAlready(move.providerId(), move.start(), move.resourceIds())) {
                                // the same move, sent again while it was under way, got here first
                                return Uni.createFrom().item(booking);
                            }
                            return ordered(service, claim, plan, strategyPicks, booking.providerId)
                                    .chain(providers -> capacity.place(claim, providers))
                                    .onFailure(CapacityGuard.NoRoom.class)
                                    .transform(noRoom -> plan.refusal((CapacityGuard.NoRoom) noRoom))
                                    .chain(placement -> {
                                UUID previousProvider = booking.providerId;
                                Instant previousStart = booking.start;
                                booking.assignTo(placement.providerId(), service, assigned);
                                booking.resourceIds = placement.resourceIds();
                                // moved, it occupies again: its record is published anew and retires when it ends
                                booking.occupancyRetiredAt = null;
                                occupy(booking, placement.interval());
                                booking.status = BookingStatus.CONFIRMED;
                                booking.override = booking.override || move.override();
                                booking.warnings = plan.warningsFor(placement);
                                booking.updatedAt = Instant.now(clock);
                                return bookings.flush()
                                        .call(() -> bookings.release(booking.id))
                                        .call(() -> bookings.allocate(booking))
                                        .call(() -> record(booking, move.kind(), previousProvider, previousStart, move.reason()))
                                        .replaceWith(booking);
                            });
                        })))));
    }

    /**
     * A client's booking or move is turned away before anything is spent on it (the check costs
     * both services more than a refusal) when the pool would refuse its transaction or keep it
     * standing in a queue ({@link DatabaseQueue}): the client retries. What this service does on
     * its own (a reassignment for a time off) waits its turn instead, since its consumer would
     * only try again.
     */
    private Uni<Void> roomFor(Booker booker) {
        return booker.isThisService() ? Uni.createFrom().voidItem() : database.roomForOneMore();
    }

    /**
     * Who may take the claim, and what staff would book over, by availability-service's check.
     *
     * @param excludeSelf the claim moves an existing booking, which must not conflict with itself
     */
    private Uni<Plan> plan(ServiceSnapshot service, Claim claim, UUID providerId, List<UUID> resourceIds,
                           boolean override, boolean excludeSelf) {
        AvailabilityCheck.Request check = new AvailabilityCheck.Request(service.id(),
                claim.start().atOffset(ZoneOffset.UTC), providerId, resourceIds, claim.seats(),
                excludeSelf ? claim.bookingId() : null);
        return availability.check(claim.organizationId(), check)
                .map(Optional::of)
                .onFailure(failure -> override && providerId != null && failure instanceof ProblemException problem
                        && problem.type() == ProblemType.UNAVAILABLE)
                .recoverWithItem(Optional.empty())
                .map(answer -> answer.map(result -> plan(result, providerId, override))
                        .orElseGet(() -> new Plan(List.of(providerId), provider -> List.of(AVAILABILITY_NOT_CHECKED), List.of())));
    }

    /** The calendar conflicts availability-service names for a provider, without the capacity ones. */
    private static List<Conflict> calendarConflicts(AvailabilityCheck.Result result, UUID provider) {
        return calendarOnly(result.conflictsOf(provider));
    }

    private static List<Conflict> calendarOnly(List<Conflict> conflicts) {
        return conflicts.stream().filter(conflict -> !conflict.aboutCapacity()).toList();
    }

    /**
     * Availability-service decides what the calendars allow; whether seats and resources are free
     * is for this service's database to say, so its capacity conflicts (which may be a moment
     * old, say just after a cancellation) only order the providers to try.
     */
    private static Plan plan(AvailabilityCheck.Result result, UUID providerId, boolean override) {
        Function<UUID, List<String>> warnings = provider -> override
                ? calendarConflicts(result, provider).stream().map(Conflict::name).toList() : List.of();
        if (providerId != null) {
            if (!override && !calendarConflicts(result, providerId).isEmpty()) {
                throw notBookable(result.conflictsOf(providerId));
            }
            return new Plan(List.of(providerId), warnings, List.of());
        }
        // one pass over the providers considered: a service may have hundreds
        Set<UUID> candidates = new HashSet<>(result.candidates());
        List<UUID> capacityOnly = new ArrayList<>();
        List<UUID> overridden = new ArrayList<>();
        for (AvailabilityCheck.ProviderCheck considered : result.providers()) {
            if (candidates.contains(considered.providerId())) {
                continue;
            }
            if (calendarOnly(considered.conflicts()).isEmpty()) {
                capacityOnly.add(considered.providerId());
            } else if (override) {
                overridden.add(considered.providerId());
            }
        }
        List<UUID> providers = Stream.of(result.candidates(), capacityOnly, overridden).flatMap(List::stream).toList();
        if (providers.isEmpty()) {
            throw notBookable(result.conflicts());
        }
        return new Plan(providers, warnings, result.conflicts());
    }

    private static ProblemException notBookable(List<Conflict> conflicts) {
        return new ProblemException(ProblemType.CONFLICT, "the slot cannot be booked: "
                + conflicts.stream().map(Conflict::name).collect(Collectors.joining(", ")),
                List.of(), Map.of("conflicts", conflicts), null);
    }

    /**
     * @param providers in the order to try them: availability's candidates, then (staff override)
     *                  the providers with conflicts
     * @param ruledOut  for "any provider" when availability found no candidate: every conflict it
     *                  named, which a refusal names too
     */
    private record Plan(List<UUID> providers, Function<UUID, List<String>> warnings, List<Conflict> ruledOut) {

        /** The placement's refusal, naming what availability found as well. */
        ProblemException refusal(CapacityGuard.NoRoom noRoom) {
            if (ruledOut.isEmpty()) {
                return noRoom;
            }
            Set<Conflict> all = EnumSet.copyOf(ruledOut);
            all.addAll(noRoom.conflicts());
            return notBookable(List.copyOf(all));
        }

        /** The calendar conflicts staff booked over with the placed provider, then the capacity ones (resources). */
        List<String> warningsFor(CapacityGuard.Placement placement) {
            return Stream.concat(warnings.apply(placement.providerId()).stream(),
                    placement.warnings().stream().map(Conflict::name)).distinct().toList();
        }

        /** The same plan, with one more warning for some of its providers. */
        Plan warning(List<UUID> about, Conflict conflict) {
            return new Plan(providers, provider -> about.contains(provider)
                    ? Stream.concat(warnings.apply(provider).stream(), Stream.of(conflict.name())).toList()
                    : warnings.apply(provider), ruledOut);
        }
    }

    /**
     * For "any provider": the candidates in the order of the service's assignment strategy; a
     * booking's own provider (when given) first, so that a move keeps them where it can.
     */
    private Uni<List<UUID>> ordered(ServiceSnapshot service, Claim claim, Plan plan, boolean anyProvider, UUID own) {
        if (!anyProvider || plan.providers().size() < 2) {
            return Uni.createFrom().item(plan.providers());
        }
        Uni<Assignment.Load> load;
        if (!Assignment.needsLoad(service)) {
            load = Uni.createFrom().item(Assignment.Load.NONE);
        } else {
            ZoneId zone = catalog.provider(claim.organizationId(), plan.providers().get(0))
                    .map(ProviderSnapshot::timeZone).map(ZoneId::of).orElse(ZoneOffset.UTC);
            ZonedDateTime dayStart = claim.start().atZone(zone).toLocalDate().atStartOfDay(zone);
            load = bookings.load(service.id(), plan.providers(), dayStart.toInstant(), dayStart.plusDays(1).toInstant());
        }
        return load.map(weighed -> Assignment.order(service, plan.providers(), weighed))
                .map(order -> own == null || !order.contains(own) ? order
                        : Stream.concat(Stream.of(own), order.stream().filter(provider -> !provider.equals(own))).toList());
    }

    /** @param providerAssigned the strategy picked the provider; the request named none */
    private Booking newBooking(Claim claim, BookingRequest.Client client, CapacityGuard.Placement placement,
                               boolean providerAssigned, boolean override, List<String> warnings, String notes) {
        Booking booking = new Booking();
        booking.id = claim.bookingId();
        booking.organizationId = claim.organizationId();
        booking.serviceId = claim.serviceId();
        booking.assignTo(placement.providerId(), claim.service(), providerAssigned);
        booking.clientId = client.id();
        booking.clientName = client.name().strip();
        booking.clientEmail = client.email();
        booking.clientPhone = client.phone();
        occupy(booking, placement.interval());
        booking.seats = claim.seats();
        booking.resourceIds = placement.resourceIds();
        booking.status = BookingStatus.CONFIRMED;
        booking.override = override;
        booking.warnings = warnings;
        booking.notes = notes;
        booking.createdAt = Instant.now(clock);
        booking.updatedAt = booking.createdAt;
        return booking;
    }

    /** A new booking with its resources, and, unless it is born cancelled, its creation recorded and announced. */
    private Uni<Booking> persistNew(Booking booking, String reason) {
        return bookings.persist(booking)
                .call(() -> bookings.allocate(booking))
                .call(() -> booking.status == BookingStatus.CANCELLED ? Uni.createFrom().voidItem()
                        : record(booking, BookingChange.Kind.CREATED, null, null, reason))
                .replaceWith(booking);
    }

    private static void occupy(Booking booking, Claim.Interval interval) {
        booking.start = interval.start();
        booking.occupiedStart = interval.occupiedStart();
        booking.occupiedEnd = interval.occupiedEnd();
        booking.end = interval.end();
    }

    private Uni<Void> record(Booking booking, BookingChange.Kind kind, UUID previousProvider, Instant previousStart,
                             String reason) {
        BookingChange change = new BookingChange();
        change.id = UUID.randomUUID();
        change.bookingId = booking.id;
        change.change = kind;
        change.occurredAt = Instant.now(clock);
        change.previousProviderId = previousProvider;
        change.previousStart = previousStart;
        change.providerId = booking.providerId;
        change.start = booking.start;
        change.status = booking.status;
        change.reason = reason;
        return changes.persist(change).chain(() -> events.announce(booking, eventType(kind), previousProvider,
                previousStart, reason));
    }

    private static String eventType(BookingChange.Kind kind) {
        return switch (kind) {
            case CREATED -> BookingEvent.CREATED;
            case RESCHEDULED -> BookingEvent.RESCHEDULED;
            case REASSIGNED -> BookingEvent.REASSIGNED;
            case NEEDS_REASSIGNMENT -> BookingEvent.NEEDS_REASSIGNMENT;
            case CANCELLED -> BookingEvent.CANCELLED;
        };
    }

    /**
     * A start on a whole second (the calendars count in seconds), within the booking horizon, in
     * the future unless staff override.
     */
    private void requireBookableStart(Instant start, boolean override) {
        if (start.getNano() != 0) {
            throw ProblemException.invalidField("start", "must be on a whole second, without fractions");
        }
        if (start.isAfter(clock.instant().plus(config.horizon()))) {
            throw ProblemException.invalidField("start", "is beyond the booking horizon of " + config.horizon().toDays()
                    + " days");
        }
        if (!override && start.isBefore(clock.instant())) {
            throw ProblemException.invalidField("start", "is in the past; only staff can book it, with override");
        }
    }

    private Uni<Creation> replay(UUID bookingId) {
        return Panache.withSession(() -> bookings.findById(bookingId)).map(booking -> new Creation(booking, true));
    }
}
