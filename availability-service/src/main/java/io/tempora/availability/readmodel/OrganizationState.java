package io.tempora.availability.readmodel;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.tempora.contracts.provider.CaseloadSnapshot;
import io.tempora.contracts.provider.DateOverrideSnapshot;
import io.tempora.contracts.provider.OrganizationSnapshot;
import io.tempora.contracts.provider.ProviderSchedulesSnapshot;
import io.tempora.contracts.provider.ProviderSnapshot;
import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.provider.TimeOffSnapshot;
import io.tempora.contracts.resource.ResourceRequirementsSnapshot;
import io.tempora.contracts.resource.ResourceSnapshot;

/**
 * Everything availability knows about one organization, as the latest snapshots from the
 * compacted topics. Written by the follower thread, read by request threads: each map is
 * concurrent and each snapshot immutable, so a reader sees every snapshot whole.
 */
public final class OrganizationState {

    /** The model's count of records applied, shared by all its organizations. */
    private final AtomicLong changeCount;
    private volatile long changes;
    volatile OrganizationSnapshot organization;
    final Map<UUID, ProviderSnapshot> providers = new ConcurrentHashMap<>();
    final Map<UUID, ServiceSnapshot> services = new ConcurrentHashMap<>();
    /** By provider id. */
    final Map<UUID, ProviderSchedulesSnapshot> schedules = new ConcurrentHashMap<>();
    final Map<UUID, TimeOffSnapshot> timeOff = new ConcurrentHashMap<>();
    final Map<UUID, DateOverrideSnapshot> overrides = new ConcurrentHashMap<>();
    final Map<UUID, ResourceSnapshot> resources = new ConcurrentHashMap<>();
    /** By service id. */
    final Map<UUID, ResourceRequirementsSnapshot> requirements = new ConcurrentHashMap<>();
    /** By provider id. */
    final Map<UUID, CaseloadSnapshot> caseloads = new ConcurrentHashMap<>();
    /** The bookings that still occupy something, packed. */
    final BookingStore bookings = new BookingStore();
    /**
     * By booking that left {@link #bookings} (cancelled, ended): the latest version of its occupancy
     * applied, until its record retires (read your own writes). The bookings held keep theirs.
     */
    private final OccupancyVersions occupancyVersions = new OccupancyVersions();
    /** By client: the providers they have had an appointment with, from bookings that have ended. */
    private final Map<UUID, Set<UUID>> pastProviders = new ConcurrentHashMap<>();

    OrganizationState(AtomicLong changeCount) {
        this.changeCount = changeCount;
    }

    /** Grows with every record applied to this organization: answers computed at one count stay valid until it moves. */
    public long changes() {
        return changes;
    }

    void changed() {
        changes = changeCount.incrementAndGet();
    }

    public OrganizationSnapshot organization() {
        return organization;
    }

    public Map<UUID, ProviderSnapshot> providers() {
        return providers;
    }

    public Map<UUID, ServiceSnapshot> services() {
        return services;
    }

    public Map<UUID, ProviderSchedulesSnapshot> schedules() {
        return schedules;
    }

    public Map<UUID, TimeOffSnapshot> timeOff() {
        return timeOff;
    }

    public Map<UUID, DateOverrideSnapshot> overrides() {
        return overrides;
    }

    public Map<UUID, ResourceSnapshot> resources() {
        return resources;
    }

    public Map<UUID, ResourceRequirementsSnapshot> requirements() {
        return requirements;
    }

    /** Visits every booking that still occupies something. */
    public void forEachBooking(BookingStore.Visitor visitor) {
        bookings.forEach(visitor);
    }

    /** Visits the bookings that overlap {@code [from, to)} (epoch seconds), at a cost that grows with them alone. */
    public void forEachBookingOverlapping(long from, long to, BookingStore.Visitor visitor) {
        bookings.forEachOverlapping(from, to, visitor);
    }

    public Map<UUID, CaseloadSnapshot> caseloads() {
        return caseloads;
    }

    /**
     * The providers the client is an existing client of: with a booking of theirs that has not
     * been cancelled, ahead or past.
     */
    public Set<UUID> providersOfClient(UUID clientId) {
        Set<UUID> providers = new HashSet<>(bookings.providersOf(clientId));
        providers.addAll(pastProviders.getOrDefault(clientId, Set.of()));
        return providers;
    }

    /**
     * Whether this version of the booking's occupancy, or a later one, has been applied. Asked
     * while the booking leaves the store, it may answer false once: the reader asks again.
     */
    public boolean holds(UUID bookingId, long version) {
        return bookings.version(bookingId) >= version || occupancyVersions.holds(bookingId, version);
    }

    void occupancyApplied(UUID bookingId, long version) {
        if (!bookings.versionApplied(bookingId, version)) {
            occupancyVersions.applied(bookingId, version);
        }
    }

    /** The booking no longer occupies anything: it leaves the store, and its version stays known until its record retires. */
    void bookingGone(UUID bookingId) {
        versionKept(bookingId, bookings.remove(bookingId));
    }

    /** Drops the bookings that have ended by {@code now}, keeping who had them with whom and their versions; returns how many. */
    int forgetEndedBy(Instant now) {
        return bookings.forgetEndedBy(now, (bookingId, providerId, clientId, version) -> {
            if (clientId != null) {
                clientSeen(providerId, clientId);
            }
            versionKept(bookingId, version);
        });
    }

    private void versionKept(UUID bookingId, long version) {
        if (version != BookingStore.NO_VERSION) {
            occupancyVersions.applied(bookingId, version);
        }
    }

    void occupancyRetired(UUID bookingId) {
        occupancyVersions.retired(bookingId);
    }

    /** The client has had an appointment with the provider: they stay the provider's client. */
    void clientSeen(UUID providerId, UUID clientId) {
        pastProviders.computeIfAbsent(clientId, id -> ConcurrentHashMap.newKeySet()).add(providerId);
    }

    /** Ids of the bookings held, for tests and diagnostics. */
    public java.util.List<UUID> bookingIds() {
        return bookings.bookingIds();
    }
}
