package io.tempora.availability.slots;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.tempora.availability.readmodel.OrganizationState;
import io.tempora.contracts.WeeklyBlock;
import io.tempora.contracts.provider.DateOverrideSnapshot;
import io.tempora.contracts.provider.ProviderSchedulesSnapshot;
import io.tempora.contracts.provider.ProviderSnapshot;
import io.tempora.contracts.provider.TimeOffSnapshot;
import io.tempora.contracts.resource.ResourceRequirementsSnapshot;
import io.tempora.contracts.resource.ResourceSnapshot;
import io.tempora.contracts.rules.BlockType;
import io.tempora.slots.Allocation;
import io.tempora.slots.Booking;
import io.tempora.slots.DayOverride;
import io.tempora.slots.LocalSpan;
import io.tempora.slots.OrganizationHours;
import io.tempora.slots.ProviderHours;
import io.tempora.slots.Requirement;
import io.tempora.slots.Resource;
import io.tempora.slots.ResourcePool;
import io.tempora.slots.Schedule;
import io.tempora.slots.Session;
import io.tempora.slots.Spans;
import io.tempora.slots.WeeklyHours;
import io.tempora.slots.WorkingWindows;

/** Translates the read model's snapshots into the slot engine's plain inputs. */
final class EngineInputs {

    private EngineInputs() {
    }

    static OrganizationHours organizationHours(OrganizationState state) {
        Map<LocalDate, DayOverride> days = new HashMap<>();
        for (DateOverrideSnapshot override : state.overrides().values()) {
            if (override.providerId() == null) {
                days.put(override.date(), new DayOverride(override.closed(), spans(override), false));
            }
        }
        List<WeeklyHours> business = new ArrayList<>();
        for (WeeklyBlock block : state.organization().businessHours()) {
            business.add(new WeeklyHours(block.dayOfWeek(), block.start(), block.end()));
        }
        return new OrganizationHours(ZoneId.of(state.organization().timeZone()), business, days);
    }

    static ProviderHours providerHours(OrganizationState state, ProviderSnapshot provider) {
        List<DateOverrideSnapshot> own = new ArrayList<>();
        for (DateOverrideSnapshot override : state.overrides().values()) {
            if (provider.id().equals(override.providerId())) {
                own.add(override);
            }
        }
        return providerHours(state, provider, own);
    }

    /** Every provider's hours, the organization's date overrides gone through once for all of them. */
    static Map<UUID, ProviderHours> providerHours(OrganizationState state) {
        Map<UUID, List<DateOverrideSnapshot>> overridesByProvider = new HashMap<>();
        for (DateOverrideSnapshot override : state.overrides().values()) {
            if (override.providerId() != null) {
                overridesByProvider.computeIfAbsent(override.providerId(), id -> new ArrayList<>()).add(override);
            }
        }
        Map<UUID, ProviderHours> hours = new HashMap<>();
        for (ProviderSnapshot provider : state.providers().values()) {
            hours.put(provider.id(), providerHours(state, provider, overridesByProvider.getOrDefault(provider.id(), List.of())));
        }
        return hours;
    }

    private static ProviderHours providerHours(OrganizationState state, ProviderSnapshot provider,
                                               List<DateOverrideSnapshot> ownOverrides) {
        List<Schedule> schedules = new ArrayList<>();
        ProviderSchedulesSnapshot own = state.schedules().get(provider.id());
        if (own != null) {
            for (ProviderSchedulesSnapshot.Schedule schedule : own.schedules()) {
                schedules.add(new Schedule(schedule.effectiveFrom(), schedule.effectiveUntil(),
                        blocks(schedule, BlockType.AVAILABLE), blocks(schedule, BlockType.BREAK)));
            }
        }
        Map<LocalDate, DayOverride> overrides = new HashMap<>();
        for (DateOverrideSnapshot override : ownOverrides) {
            overrides.put(override.date(), new DayOverride(override.closed(), spans(override), override.workOnHoliday()));
        }
        return new ProviderHours(ZoneId.of(provider.timeZone()), schedules, overrides, !provider.independent());
    }

    /** Bookings this far outside a range still count: the buffers of the candidates at its edges. */
    static final long MARGIN_SECONDS = 86_400;

    /** The hours, bookings and time off that a question about some range weighs. */
    interface Book {

        /** When the provider works on the dates that touch the range, before bookings and time off. */
        WorkingWindows.Windows windows(ProviderSnapshot provider);

        /** The provider's bookings near the range, in any order. */
        Booking[] bookings(UUID providerId);

        /** The provider's approved time off, normalized. */
        long[] timeOff(UUID providerId);
    }

    /**
     * The organization's active bookings and approved time off, grouped by provider and by resource
     * in one pass: a query then touches each snapshot once, whatever the number of providers.
     */
    static final class Occupancy implements Book {

        private final OrganizationState state;
        private final Instant from;
        private final Instant to;
        private final Map<UUID, List<Booking>> bookingsByProvider = new HashMap<>();
        private final Map<UUID, List<Allocation>> allocationsByResource = new HashMap<>();
        private final Map<UUID, long[]> timeOffByProvider;
        private final Map<UUID, List<UUID>> resourcesByBooking = new HashMap<>();
        /** Worked out on the first provider's windows: a check or a day's question asks for several. */
        private OrganizationHours organizationHours;

        /**
         * Only bookings near {@code [from, to)} are kept: a question about one slot or a few days
         * must not cost as much as the organization's whole book. The margin of a day covers the
         * buffers of candidates at the edges.
         *
         * @param serviceId       the service searched for, whose bookings may share a slot; null for none
         * @param excludedBooking a booking being moved, left out of every count; may be null
         */
        Occupancy(OrganizationState state, UUID serviceId, UUID excludedBooking, Instant from, Instant to) {
            this.state = state;
            this.from = from;
            this.to = to;
            long near = from.getEpochSecond() - MARGIN_SECONDS;
            long far = to.getEpochSecond() + MARGIN_SECONDS;
            state.forEachBookingOverlapping(near, far, (bookingId, providerId, bookingService, start, end, appointmentStart,
                                                        seats, resources) -> {
                if (bookingId.equals(excludedBooking)) {
                    return;
                }
                bookingsByProvider.computeIfAbsent(providerId, id -> new ArrayList<>())
                        .add(new Booking(bookingId, start, end, appointmentStart, bookingService.equals(serviceId), seats));
                resourcesByBooking.put(bookingId, resources);
                Session session = new Session(providerId, bookingService, appointmentStart);
                for (UUID resource : resources) {
                    allocationsByResource.computeIfAbsent(resource, id -> new ArrayList<>())
                            .add(new Allocation(start, end, session));
                }
            });
            timeOffByProvider = timeOffByProvider(state);
        }

        @Override
        public WorkingWindows.Windows windows(ProviderSnapshot provider) {
            if (organizationHours == null) {
                organizationHours = EngineInputs.organizationHours(state);
            }
            return WorkingWindows.of(providerHours(state, provider), organizationHours, from, to);
        }

        @Override
        public Booking[] bookings(UUID providerId) {
            return bookingsByProvider.getOrDefault(providerId, List.of()).toArray(Booking[]::new);
        }

        /** The resources a booking holds. */
        List<UUID> resourcesOf(UUID bookingId) {
            return resourcesByBooking.getOrDefault(bookingId, List.of());
        }

        @Override
        public long[] timeOff(UUID providerId) {
            return timeOffByProvider.getOrDefault(providerId, Spans.EMPTY);
        }

        /** The type's allocatable resources, as their sessions hold them. */
        ResourcePool pool(UUID resourceTypeId) {
            return new ResourcePool(state.resources().values().stream()
                    .filter(resource -> resource.resourceTypeId().equals(resourceTypeId) && allocatable(resource))
                    .map(resource -> held(resource, allocationsByResource))
                    .toList());
        }
    }

    /** Each provider's approved time off that blocks availability, normalized. */
    static Map<UUID, long[]> timeOffByProvider(OrganizationState state) {
        Map<UUID, List<long[]>> intervals = new HashMap<>();
        for (TimeOffSnapshot timeOff : state.timeOff().values()) {
            if (timeOff.blocksAvailability()) {
                intervals.computeIfAbsent(timeOff.providerId(), id -> new ArrayList<>())
                        .add(new long[] {timeOff.start().getEpochSecond(), timeOff.end().getEpochSecond()});
            }
        }
        Map<UUID, long[]> normalized = new HashMap<>();
        intervals.forEach((provider, own) -> normalized.put(provider, Spans.normalize(flat(own))));
        return normalized;
    }

    /**
     * What the service requires, with each required type's allocatable resources.
     *
     * @param pools each type's allocatable resources, as their sessions hold them
     */
    static List<Requirement> requirements(OrganizationState state, UUID serviceId, Function<UUID, ResourcePool> pools) {
        ResourceRequirementsSnapshot required = state.requirements().get(serviceId);
        if (required == null) {
            return List.of();
        }
        List<Requirement> requirements = new ArrayList<>();
        for (ResourceRequirementsSnapshot.Requirement requirement : required.requirements()) {
            requirements.add(new Requirement(requirement.resourceTypeId(), requirement.quantity(),
                    pools.apply(requirement.resourceTypeId())));
        }
        return requirements;
    }

    /** The resource as the sessions holding it in {@code allocationsByResource} hold it. */
    static Resource held(ResourceSnapshot resource, Map<UUID, List<Allocation>> allocationsByResource) {
        return Resource.held(resource.id(), resource.name(), resource.capacity(),
                allocationsByResource.getOrDefault(resource.id(), List.of()));
    }

    /** A resource that can be allocated: active, not deleted. */
    static boolean allocatable(ResourceSnapshot resource) {
        return resource.active() && !resource.deleted();
    }

    private static List<WeeklyHours> blocks(ProviderSchedulesSnapshot.Schedule schedule, BlockType type) {
        return schedule.blocks().stream().filter(block -> block.type() == type)
                .map(block -> new WeeklyHours(block.dayOfWeek(), block.start(), block.end())).toList();
    }

    private static List<LocalSpan> spans(DateOverrideSnapshot override) {
        return override.intervals().stream().map(interval -> new LocalSpan(interval.start(), interval.end())).toList();
    }

    private static long[] flat(List<long[]> intervals) {
        long[] flat = new long[intervals.size() * 2];
        for (int i = 0; i < intervals.size(); i++) {
            flat[2 * i] = intervals.get(i)[0];
            flat[2 * i + 1] = intervals.get(i)[1];
        }
        return flat;
    }
}
