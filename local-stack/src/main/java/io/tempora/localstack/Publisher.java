package io.tempora.localstack;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.WeeklyBlock;
import io.tempora.contracts.booking.OccupancySnapshot;
import io.tempora.contracts.provider.CaseloadSnapshot;
import io.tempora.contracts.provider.DateOverrideSnapshot;
import io.tempora.contracts.provider.OrganizationSnapshot;
import io.tempora.contracts.provider.ProviderSchedulesSnapshot;
import io.tempora.contracts.provider.ProviderSnapshot;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.provider.TimeOffEvents;
import io.tempora.contracts.provider.TimeOffSnapshot;
import io.tempora.contracts.resource.ResourceRequirementsSnapshot;
import io.tempora.contracts.resource.ResourceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;
import io.tempora.contracts.rules.OrganizationStatus;
import io.tempora.contracts.rules.PanelStatus;
import io.tempora.contracts.rules.TimesOfDay;
import io.tempora.contracts.rules.ProviderSelection;
import io.tempora.contracts.rules.BlockType;

/** Publishes what provider-, resource- and booking-service would, for one organization in New York. */
public final class Publisher implements AutoCloseable {

    public static final String ZONE = "America/New_York";

    public final UUID organization = UUID.randomUUID();
    private final TopicWriter writer;

    public Publisher(String bootstrapServers) {
        writer = new TopicWriter(bootstrapServers);
    }

    public void organization(boolean multiProvider) {
        organization(multiProvider, OrganizationStatus.ACTIVE);
    }

    /** The organization, open every day 08:00 to 24:00. */
    public void organization(boolean multiProvider, OrganizationStatus status) {
        writer.publish(Topics.PROVIDER_ORGANIZATIONS, RecordKey.of(organization, organization), OrganizationSnapshot.TYPE,
                new OrganizationSnapshot(organization, "Clinic", "clinic-" + organization, ZONE,
                        List.of(DayOfWeek.values()).stream()
                                .map(day -> new WeeklyBlock(day, LocalTime.of(8, 0), TimesOfDay.END_OF_DAY)).toList(),
                        status, multiProvider, 0, Instant.now()));
    }

    public UUID provider(String name, String... specialties) {
        UUID id = UUID.randomUUID();
        writer.publish(Topics.PROVIDER_PROVIDERS, RecordKey.of(organization, id), ProviderSnapshot.TYPE,
                new ProviderSnapshot(id, organization, "INDIVIDUAL", null, true, name, null, null, List.of(specialties),
                        "#112233", true, null, ZONE, 0));
        return id;
    }

    public UUID service(int minutes, int capacity, ProviderSelection selection, List<UUID> providers) {
        UUID id = UUID.randomUUID();
        service(id, minutes, capacity, selection, providers);
        return id;
    }

    public void service(UUID id, int minutes, int capacity, ProviderSelection selection, List<UUID> providers) {
        writer.publish(Topics.PROVIDER_SERVICES, RecordKey.of(organization, id), ServiceSnapshot.TYPE,
                new ServiceSnapshot(id, organization, "Physiotherapy", minutes, 0, 0, minutes, capacity, 0, 365,
                        selection, AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY, null, true,
                        providers.stream().map(p -> new ServiceSnapshot.Offering(p, 100, null, null)).toList(), 0));
    }

    /** A service as provider-service publishes it, for tests that need buffers, notice or a strategy. */
    public void service(ServiceSnapshot service) {
        writer.publish(Topics.PROVIDER_SERVICES, RecordKey.of(organization, service.id()), ServiceSnapshot.TYPE, service);
    }

    public void schedule(UUID provider, DayOfWeek day, LocalTime start, LocalTime end) {
        schedule(provider, List.of(day), start, end);
    }

    public void schedule(UUID provider, List<DayOfWeek> days, LocalTime start, LocalTime end) {
        writer.publish(Topics.PROVIDER_SCHEDULES, RecordKey.of(organization, provider), ProviderSchedulesSnapshot.TYPE,
                new ProviderSchedulesSnapshot(provider, organization, List.of(new ProviderSchedulesSnapshot.Schedule(
                        UUID.randomUUID(), null, LocalDate.of(2020, 1, 1), null,
                        days.stream().map(day -> new ProviderSchedulesSnapshot.Block(day, start, end, BlockType.AVAILABLE, null))
                                .toList(), 0))));
    }

    public UUID approvedTimeOff(UUID provider, Instant start, Instant end) {
        UUID id = UUID.randomUUID();
        timeOff(id, provider, start, end, "APPROVED");
        return id;
    }

    /** A time off's snapshot in the given status ({@code APPROVED}, {@code CANCELLED}, ...). */
    public void timeOff(UUID id, UUID provider, Instant start, Instant end, String status) {
        writer.publish(Topics.PROVIDER_TIME_OFF, RecordKey.of(organization, id), TimeOffSnapshot.TYPE,
                new TimeOffSnapshot(id, organization, provider, start, end, false, null, null, "VACATION", null, null,
                        status, 1));
    }

    /** Approved time off as provider-service announces it: the snapshot, then the event with the coverage. */
    public void timeOffApprovedEvent(UUID provider, Instant start, Instant end, UUID coverageProvider) {
        UUID id = approvedTimeOff(provider, start, end);
        approvalEvent(id, provider, start, end, coverageProvider);
    }

    /** A time-off event no consumer can read. */
    public void poisonTimeOffEvent(UUID timeOff, String value) {
        writer.publishRaw(Topics.PROVIDER_TIME_OFF_EVENTS, RecordKey.of(organization, timeOff), value);
    }

    /** The approval event alone, e.g. one delivered again after the time off was cancelled. */
    public void approvalEvent(UUID timeOff, UUID provider, Instant start, Instant end, UUID coverageProvider) {
        writer.publish(Topics.PROVIDER_TIME_OFF_EVENTS, RecordKey.of(organization, timeOff), TimeOffEvents.APPROVED,
                new TimeOffEvents.Approved(organization, provider, timeOff, start, end, null, coverageProvider));
    }

    public void holiday(LocalDate date) {
        UUID id = UUID.randomUUID();
        writer.publish(Topics.PROVIDER_DATE_OVERRIDES, RecordKey.of(organization, id), DateOverrideSnapshot.TYPE,
                new DateOverrideSnapshot(id, organization, null, date, "Holiday", true, List.of(), false, 0));
    }

    public void booking(UUID provider, UUID service, Instant start, Instant end, List<UUID> resources, int seats) {
        booking(provider, UUID.randomUUID(), service, start, end, resources, seats);
    }

    /** A booking of a known client. */
    public void booking(UUID provider, UUID client, UUID service, Instant start, Instant end, List<UUID> resources,
                        int seats) {
        booking(UUID.randomUUID(), provider, client, service, start, end, resources, seats);
    }

    /** A booking with the id a test names, at its first version (0), as booking-service publishes it. */
    public void booking(UUID id, UUID provider, UUID client, UUID service, Instant start, Instant end, List<UUID> resources,
                        int seats) {
        writer.publish(Topics.BOOKING_OCCUPANCY, RecordKey.of(organization, id), OccupancySnapshot.TYPE,
                new OccupancySnapshot(id, organization, service, provider, client, resources, start, end, start, seats,
                        OccupancySnapshot.Status.CONFIRMED, 0));
    }

    /** The provider's caseload panel, as provider-service publishes it. */
    public void caseload(UUID provider, PanelStatus panel, Integer maximumCaseload, int activeClients) {
        writer.publish(Topics.PROVIDER_CASELOADS, RecordKey.of(organization, provider), CaseloadSnapshot.TYPE,
                new CaseloadSnapshot(provider, organization, activeClients, maximumCaseload, panel, 0));
    }

    public UUID resource(UUID type, String name) {
        UUID id = UUID.randomUUID();
        resource(id, type, name, false);
        return id;
    }

    public void resource(UUID id, UUID type, String name, boolean deleted) {
        writer.publish(Topics.RESOURCE_RESOURCES, RecordKey.of(organization, id), ResourceSnapshot.TYPE,
                new ResourceSnapshot(id, organization, type, name, null, 1, true, deleted, deleted ? 1 : 0));
    }

    /** A resource several sessions may hold at once. */
    public UUID resource(UUID type, String name, int capacity) {
        UUID id = UUID.randomUUID();
        writer.publish(Topics.RESOURCE_RESOURCES, RecordKey.of(organization, id), ResourceSnapshot.TYPE,
                new ResourceSnapshot(id, organization, type, name, null, capacity, true, false, 0));
        return id;
    }

    public void requires(UUID service, UUID type, int quantity) {
        writer.publish(Topics.RESOURCE_REQUIREMENTS, RecordKey.of(organization, service),
                ResourceRequirementsSnapshot.TYPE, new ResourceRequirementsSnapshot(service, organization,
                        List.of(new ResourceRequirementsSnapshot.Requirement(type, quantity)), 0));
    }

    @Override
    public void close() {
        writer.close();
    }
}
