package io.tempora.provider.imports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.booking.ImportedAppointment;
import io.tempora.persistence.outbox.Outbox;
import io.tempora.provider.appointmenttype.AppointmentTypeRequest;
import io.tempora.provider.appointmenttype.AppointmentTypeService;
import io.tempora.provider.appointmenttype.AssignmentRequest;
import io.tempora.provider.imports.ImportMapping.Kind;
import io.tempora.provider.imports.ImportReport.Counts;
import io.tempora.provider.organization.BusinessHoursBlock;
import io.tempora.provider.organization.Organization;
import io.tempora.provider.organization.OrganizationRepository;
import io.tempora.provider.organization.OrganizationRequest;
import io.tempora.provider.organization.OrganizationService;
import io.tempora.provider.override.DateOverrideRequest;
import io.tempora.provider.override.DateOverrideService;
import io.tempora.provider.provider.Provider;
import io.tempora.provider.provider.ProviderRequest;
import io.tempora.provider.provider.ProviderService;
import io.tempora.provider.schedule.ScheduleBlock;
import io.tempora.provider.schedule.ScheduleRequest;
import io.tempora.provider.schedule.ScheduleService;
import io.tempora.contracts.rules.OrganizationStatus;
import io.tempora.contracts.rules.BlockType;

/**
 * Brings a solo practice onto the multi-provider model in one transaction: the organization (with
 * {@code multiProviderEnabled=false}), its practitioner as the one provider, a schedule from the
 * business hours, the holidays, the services offered by the practitioner, and every appointment
 * that can be placed, handed to booking-service through {@code booking.imports.v1} by the outbox.
 * What a run made is remembered by its source ids, so a re-run makes nothing twice. A dry run
 * does all of it and rolls back: its report is exactly what the real run would do.
 */
@ApplicationScoped
public class SoloPracticeImport {

    private static final String PRACTITIONER = "practitioner";
    private static final String BUSINESS_HOURS = "business-hours";

    private final OrganizationRepository organizations;
    private final OrganizationService organizationService;
    private final ProviderService providerService;
    private final ScheduleService scheduleService;
    private final DateOverrideService dateOverrideService;
    private final AppointmentTypeService serviceCatalog;
    private final ImportRepositories.Mappings mappings;
    private final ImportRepositories.Appointments appointments;
    private final Outbox outbox;
    private final Clock clock;

    SoloPracticeImport(OrganizationRepository organizations, OrganizationService organizationService,
                       ProviderService providerService, ScheduleService scheduleService,
                       DateOverrideService dateOverrideService, AppointmentTypeService serviceCatalog,
                       ImportRepositories.Mappings mappings, ImportRepositories.Appointments appointments,
                       Outbox outbox, Clock clock) {
        this.organizations = organizations;
        this.organizationService = organizationService;
        this.providerService = providerService;
        this.scheduleService = scheduleService;
        this.dateOverrideService = dateOverrideService;
        this.serviceCatalog = serviceCatalog;
        this.mappings = mappings;
        this.appointments = appointments;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ImportReport> run(UUID organizationId, SoloPracticeFile file, boolean dryRun) {
        Run run = new Run(organizationId, file);
        return organization(run)
                .chain(() -> mappings.ofOrganization(organizationId)).invoke(run::remember)
                .chain(() -> practitioner(run))
                .chain(() -> schedule(run))
                .chain(() -> holidays(run))
                .chain(() -> services(run))
                .chain(() -> appointments.ofOrganization(organizationId))
                .chain(imported -> appointments(run, imported))
                .call(() -> dryRun ? Panache.currentTransaction().invoke(transaction -> transaction.markForRollback())
                        : Uni.createFrom().voidItem())
                .map(ignored -> run.report(dryRun));
    }

    private Uni<Void> organization(Run run) {
        return organizations.findById(run.organizationId).chain(existing -> {
            if (existing != null) {
                run.organization = new Counts(0, 1);
                run.zone = ZoneId.of(existing.timeZone);
                return Uni.createFrom().voidItem();
            }
            SoloPracticeFile.Practice practice = run.file.practice();
            run.organization = new Counts(1, 0);
            run.zone = ZoneId.of(practice.timeZone());
            return organizationService.create(run.organizationId, new OrganizationRequest(practice.name(), practice.slug(),
                    practice.timeZone(), run.file.businessHours(), OrganizationStatus.ACTIVE, false, null)).replaceWithVoid();
        });
    }

    private Uni<Void> practitioner(Run run) {
        return findOrMake(run, Kind.PROVIDER, List.of(PRACTITIONER), external -> providerService.create(run.organizationId,
                        new ProviderRequest(Provider.Type.INDIVIDUAL, null, run.file.practice().practitioner(), null, null,
                                null, null, true, null, null, null)).map(provider -> provider.id))
                .invoke(counts -> run.provider = counts)
                .invoke(() -> run.providerId = run.known.get(Kind.PROVIDER).get(PRACTITIONER))
                .replaceWithVoid();
    }

    private Uni<Void> schedule(Run run) {
        List<ScheduleBlock> blocks = run.file.businessHours().stream()
                .map(hours -> new ScheduleBlock(hours.dayOfWeek(), hours.start(), hours.end(), BlockType.AVAILABLE, null))
                .toList();
        return findOrMake(run, Kind.SCHEDULE, List.of(BUSINESS_HOURS), external -> scheduleService.create(run.organizationId,
                        run.providerId, new ScheduleRequest("Business hours", run.firstDay(clock), null, blocks, null))
                        .map(schedule -> schedule.id))
                .invoke(counts -> run.schedule = counts).replaceWithVoid();
    }

    private Uni<Void> holidays(Run run) {
        Map<String, SoloPracticeFile.Holiday> byDate = run.file.holidaysOrNone().stream()
                .collect(Collectors.toMap(holiday -> holiday.date().toString(), holiday -> holiday, (first, same) -> first));
        return findOrMake(run, Kind.HOLIDAY, List.copyOf(byDate.keySet()), date -> {
            SoloPracticeFile.Holiday holiday = byDate.get(date);
            return dateOverrideService.create(run.organizationId,
                    new DateOverrideRequest(null, holiday.date(), holiday.name(), true, null, null, null)).map(override -> override.id);
        }).invoke(counts -> run.holidays = counts).replaceWithVoid();
    }

    private Uni<Void> services(Run run) {
        Map<String, SoloPracticeFile.Service> byId = run.file.services().stream()
                .collect(Collectors.toMap(SoloPracticeFile.Service::externalId, service -> service, (first, same) -> first));
        return findOrMake(run, Kind.SERVICE, List.copyOf(byId.keySet()), external -> {
            SoloPracticeFile.Service service = byId.get(external);
            return serviceCatalog.create(run.organizationId, new AppointmentTypeRequest(service.name(), null,
                            service.durationMinutes(), service.bufferBeforeMinutes(), service.bufferAfterMinutes(), null, 1,
                            null, null, null, null, service.price(), true, null))
                    .call(created -> serviceCatalog.assign(run.organizationId, created.id(),
                            new AssignmentRequest(run.providerId, null, null, null)))
                    .map(created -> created.id());
        }).invoke(counts -> run.services = counts).replaceWithVoid();
    }

    private Uni<Void> appointments(Run run, List<ImportedAppointmentRecord> imported) {
        Set<String> already = imported.stream().map(record -> record.externalId).collect(Collectors.toSet());
        List<AppointmentPlacement.Occupied> occupied = imported.stream().filter(record -> !record.cancelled)
                .map(record -> new AppointmentPlacement.Occupied(record.externalId, record.start, record.end)).toList();
        List<SoloPracticeFile.Appointment> fresh = run.file.appointmentsOrNone().stream()
                .filter(appointment -> !already.contains(appointment.externalId())).toList();
        AppointmentPlacement placement = new AppointmentPlacement(run.zone,
                run.file.businessHours().stream().map(BusinessHoursBlock::toWeeklyBlock).toList(),
                run.file.holidaysOrNone().stream().map(SoloPracticeFile.Holiday::date).collect(Collectors.toSet()),
                run.known.get(Kind.SERVICE).keySet());
        List<AppointmentPlacement.Decision> decisions = placement.place(fresh.stream().map(appointment ->
                new AppointmentPlacement.Appointment(appointment.externalId(), appointment.service(),
                        appointment.start().toInstant(), appointment.end().toInstant(),
                        appointment.status() == SoloPracticeFile.Status.CANCELLED)).toList(), occupied);

        List<SoloPracticeFile.Appointment> placed = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            AppointmentPlacement.Decision decision = decisions.get(i);
            if (decision.placed()) {
                placed.add(fresh.get(i));
            } else {
                run.unplaced.add(new ImportReport.Unplaced(fresh.get(i).externalId(), decision.reason().name(), decision.detail()));
            }
        }
        run.appointments = new Counts(placed.size(), run.file.appointmentsOrNone().size() - fresh.size());
        return Multi.createFrom().iterable(placed)
                .onItem().transformToUniAndConcatenate(appointment -> place(run, appointment))
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> place(Run run, SoloPracticeFile.Appointment appointment) {
        ImportedAppointmentRecord record = new ImportedAppointmentRecord();
        record.id = UUID.randomUUID();
        record.organizationId = run.organizationId;
        record.externalId = appointment.externalId();
        record.providerId = run.providerId;
        record.serviceId = run.known.get(Kind.SERVICE).get(appointment.service());
        record.start = appointment.start().toInstant();
        record.end = appointment.end().toInstant();
        record.cancelled = appointment.status() == SoloPracticeFile.Status.CANCELLED;
        record.importedAt = Instant.now(clock);
        SoloPracticeFile.Client client = appointment.client();
        ImportedAppointment event = new ImportedAppointment(record.id, run.organizationId, record.providerId,
                record.serviceId, record.externalId, clientId(run.organizationId, client), client.name(), client.email(),
                client.phone(), record.start, record.end,
                record.cancelled ? ImportedAppointment.Status.CANCELLED : ImportedAppointment.Status.CONFIRMED);
        return appointments.persist(record)
                .chain(() -> outbox.publish(Topics.BOOKING_IMPORTS, RecordKey.of(run.organizationId, record.id),
                        ImportedAppointment.TYPE, event));
    }

    /** The same client, by their source id, else email, else name, is one client in every booking. */
    static UUID clientId(UUID organizationId, SoloPracticeFile.Client client) {
        String identity = Objects.requireNonNullElse(client.externalId(),
                Objects.requireNonNullElse(client.email(), client.name()));
        return UUID.nameUUIDFromBytes((organizationId + "/client/" + identity).getBytes(StandardCharsets.UTF_8));
    }

    /** Makes, one after another, what no earlier run made; counts made and found. */
    private Uni<Counts> findOrMake(Run run, Kind kind, List<String> externalIds, Function<String, Uni<UUID>> make) {
        Map<String, UUID> known = run.known.get(kind);
        List<String> missing = externalIds.stream().filter(external -> !known.containsKey(external)).toList();
        return Multi.createFrom().iterable(missing)
                .onItem().transformToUniAndConcatenate(external -> make.apply(external)
                        .call(id -> mappings.persist(ImportMapping.of(run.organizationId, kind, external, id)))
                        .invoke(id -> known.put(external, id)))
                .collect().asList()
                .map(made -> new Counts(made.size(), externalIds.size() - missing.size()));
    }

    /** One import as it goes. */
    private static final class Run {
        final UUID organizationId;
        final SoloPracticeFile file;
        final Map<Kind, Map<String, UUID>> known = new HashMap<>();
        final List<ImportReport.Unplaced> unplaced = new ArrayList<>();
        ZoneId zone;
        UUID providerId;
        Counts organization;
        Counts provider;
        Counts schedule;
        Counts holidays;
        Counts services;
        Counts appointments;

        Run(UUID organizationId, SoloPracticeFile file) {
            this.organizationId = organizationId;
            this.file = file;
            for (Kind kind : Kind.values()) {
                known.put(kind, new HashMap<>());
            }
        }

        void remember(List<ImportMapping> made) {
            made.forEach(mapping -> known.get(mapping.kind).put(mapping.externalId, mapping.entityId));
        }

        /** The schedule starts with the first appointment, or today, whichever is earlier. */
        LocalDate firstDay(Clock clock) {
            LocalDate today = clock.instant().atZone(zone).toLocalDate();
            return file.appointmentsOrNone().stream().map(appointment -> appointment.start().atZoneSameInstant(zone).toLocalDate())
                    .min(LocalDate::compareTo).filter(first -> first.isBefore(today)).orElse(today);
        }

        ImportReport report(boolean dryRun) {
            return new ImportReport(dryRun, organizationId, providerId, organization, provider, schedule, holidays,
                    services, appointments, List.copyOf(unplaced));
        }
    }
}
