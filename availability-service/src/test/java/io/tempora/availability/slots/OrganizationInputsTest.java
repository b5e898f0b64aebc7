package io.tempora.availability.slots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import io.quarkus.runtime.configuration.MemorySize;
import io.tempora.availability.AvailabilityConfig;
import io.tempora.availability.readmodel.OrganizationState;
import io.tempora.availability.readmodel.ReadModel;
import io.tempora.contracts.EventEnvelope;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.WeeklyBlock;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.booking.OccupancySnapshot;
import io.tempora.contracts.provider.DateOverrideSnapshot;
import io.tempora.contracts.provider.OrganizationSnapshot;
import io.tempora.contracts.provider.ProviderSchedulesSnapshot;
import io.tempora.contracts.provider.ProviderSnapshot;
import io.tempora.contracts.resource.ResourceSnapshot;
import io.tempora.contracts.rules.BlockType;
import io.tempora.contracts.rules.OrganizationStatus;
import io.tempora.contracts.rules.TimesOfDay;
import io.tempora.slots.Booking;
import io.tempora.slots.Resource;
import io.tempora.slots.WorkingWindows;

/**
 * A search weighs, of the inputs kept for its organization, exactly the bookings a pass over the
 * whole book finds near its range (a day either side), whatever their lengths and order of arrival.
 */
class OrganizationInputsTest {

    private static final Instant NOW = Instant.parse("2027-01-04T00:00:00Z");
    private static final long DAY = 86_400;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Property(tries = 200)
    void aSearchWeighsTheBookingsNearItsRangeAndNoOthers(@ForAll long seed) {
        Random random = new Random(seed);
        UUID organization = UUID.randomUUID();
        ReadModel model = new ReadModel(Clock.fixed(NOW, ZoneOffset.UTC));
        apply(model, organization, Topics.PROVIDER_ORGANIZATIONS.name(), organization, OrganizationSnapshot.TYPE,
                new OrganizationSnapshot(organization, "Clinic", "clinic", "UTC", List.of(), OrganizationStatus.ACTIVE, false,
                        0, NOW));
        List<UUID> providers = List.of(UUID.randomUUID(), UUID.randomUUID());
        List<UUID> services = List.of(UUID.randomUUID(), UUID.randomUUID());
        for (int b = random.nextInt(60); b > 0; b--) {
            // from minutes to several days long, anywhere in the next month
            Instant start = NOW.plusSeconds(60L * random.nextInt(30 * 24 * 60));
            Instant end = start.plusSeconds(60L * (1 + random.nextInt(random.nextBoolean() ? 240 : 5 * 24 * 60)));
            UUID booking = UUID.randomUUID();
            apply(model, organization, Topics.BOOKING_OCCUPANCY.name(), booking, OccupancySnapshot.TYPE,
                    new OccupancySnapshot(booking, organization, services.get(random.nextInt(2)),
                            providers.get(random.nextInt(2)), UUID.randomUUID(), List.of(), start, end, start, 1,
                            OccupancySnapshot.Status.CONFIRMED, 0));
        }
        OrganizationState state = model.organization(organization).orElseThrow();
        OrganizationInputs inputs = OrganizationInputs.of(state, state.changes());
        long from = NOW.getEpochSecond() + 60L * random.nextInt(30 * 24 * 60);
        long to = from + DAY * (1 + random.nextInt(14));
        UUID searched = services.get(0);

        EngineInputs.Book book = inputs.forSearch(searched, from, to);

        for (UUID provider : providers) {
            List<Booking> expected = new ArrayList<>();
            state.forEachBooking((id, providerId, serviceId, start, end, appointmentStart, seats, resources) -> {
                if (providerId.equals(provider) && end > from - DAY && start < to + DAY) {
                    expected.add(new Booking(id, start, end, appointmentStart, serviceId.equals(searched), seats));
                }
            });
            expected.sort(Comparator.comparingLong(Booking::start).thenComparing(Booking::id));
            List<Booking> actual = new ArrayList<>(List.of(book.bookings(provider)));
            actual.sort(Comparator.comparingLong(Booking::start).thenComparing(Booking::id));
            assertEquals(expected, actual, "bookings of provider " + provider + " near " + Instant.ofEpochSecond(from)
                    + " to " + Instant.ofEpochSecond(to));
        }
    }

    /**
     * A search weighs, of each required type, the resources that can be allocated (active, not
     * deleted) with what their sessions hold: the same a check, which reads the state itself, weighs.
     */
    @Property(tries = 200)
    void aSearchWeighsEachTypesAllocatableResourcesAsTheirSessionsHoldThem(@ForAll long seed) {
        Random random = new Random(seed);
        ReadModel model = new ReadModel(Clock.fixed(NOW, ZoneOffset.UTC));
        UUID organization = organizationWithBookings(model, 0);
        List<UUID> types = List.of(UUID.randomUUID(), UUID.randomUUID());
        List<ResourceSnapshot> resources = new ArrayList<>();
        for (int r = random.nextInt(8); r >= 0; r--) {
            ResourceSnapshot resource = new ResourceSnapshot(UUID.randomUUID(), organization, types.get(random.nextInt(2)),
                    "Room " + random.nextInt(12), null, 1 + random.nextInt(3), random.nextInt(5) > 0, random.nextInt(6) == 0, 1);
            apply(model, organization, Topics.RESOURCE_RESOURCES.name(), resource.id(), ResourceSnapshot.TYPE, resource);
            resources.add(resource);
        }
        List<UUID> providers = List.of(UUID.randomUUID(), UUID.randomUUID());
        UUID service = UUID.randomUUID();
        for (int b = random.nextInt(40); b > 0; b--) {
            // on a grid of half hours, so that group sessions (same provider and start) happen
            Instant start = NOW.plusSeconds(1800L * random.nextInt(48));
            List<UUID> held = resources.stream().filter(resource -> random.nextInt(3) == 0).map(ResourceSnapshot::id).toList();
            UUID booking = UUID.randomUUID();
            apply(model, organization, Topics.BOOKING_OCCUPANCY.name(), booking, OccupancySnapshot.TYPE,
                    new OccupancySnapshot(booking, organization, service, providers.get(random.nextInt(2)), UUID.randomUUID(),
                            held, start, start.plusSeconds(1800L * (1 + random.nextInt(3))), start, 1,
                            OccupancySnapshot.Status.CONFIRMED, 0));
        }
        OrganizationState state = state(model, organization);
        OrganizationInputs inputs = OrganizationInputs.of(state, state.changes());
        EngineInputs.Occupancy occupancy = new EngineInputs.Occupancy(state, service, null, NOW, NOW.plusSeconds(2 * DAY));

        for (UUID type : types) {
            List<Resource> searched = inputs.pool(type).resources();
            List<Resource> checked = occupancy.pool(type).resources();
            assertEquals(resources.stream().filter(resource -> resource.resourceTypeId().equals(type) && resource.active()
                            && !resource.deleted()).map(ResourceSnapshot::id).collect(java.util.stream.Collectors.toSet()),
                    searched.stream().map(Resource::id).collect(java.util.stream.Collectors.toSet()), "allocatable of the type");
            assertEquals(checked.stream().map(Resource::id).toList(), searched.stream().map(Resource::id).toList(),
                    "in the one order");
            assertSame(inputs.pool(type), inputs.pool(type), "kept for the next search");
            for (int question = 0; question < 20; question++) {
                long start = NOW.getEpochSecond() + 900L * random.nextInt(100);
                long end = start + 900L * (1 + random.nextInt(8));
                for (int r = 0; r < searched.size(); r++) {
                    assertEquals(checked.get(r).spareDuring(start, end), searched.get(r).spareDuring(start, end),
                            searched.get(r) + " during [" + start + ", " + end + ")");
                }
            }
        }
    }

    /**
     * The windows a search gets are each provider's own: its date overrides and nobody else's, the
     * organization's closed days apart, and a provider the inputs were made without gets its
     * hours from the state.
     */
    @Test
    void aSearchWeighsEachProvidersOwnHours() {
        ReadModel model = new ReadModel(Clock.fixed(NOW, ZoneOffset.UTC));
        UUID organization = organizationWithBookings(model, 0);
        LocalDate monday = LocalDate.of(2027, 1, 4);
        List<ProviderSnapshot> providers = new ArrayList<>();
        for (String name : List.of("Ana", "Ben", "Cleo")) {
            ProviderSnapshot provider = provider(organization, name);
            apply(model, organization, Topics.PROVIDER_PROVIDERS.name(), provider.id(), ProviderSnapshot.TYPE, provider);
            providers.add(provider);
        }
        override(model, organization, providers.get(0).id(), monday, false);
        override(model, organization, providers.get(0).id(), monday.plusDays(1), true);
        override(model, organization, providers.get(0).id(), monday.plusDays(3), false);
        override(model, organization, providers.get(1).id(), monday.plusDays(2), false);
        override(model, organization, null, monday.plusDays(3), true);
        OrganizationState state = state(model, organization);
        OrganizationInputs inputs = OrganizationInputs.of(state, state.changes());
        ProviderSnapshot later = provider(organization, "Dee");
        apply(model, organization, Topics.PROVIDER_PROVIDERS.name(), later.id(), ProviderSnapshot.TYPE, later);
        override(model, organization, later.id(), monday.plusDays(1), false);
        Instant from = NOW;
        Instant to = NOW.plusSeconds(7 * DAY);

        EngineInputs.Book book = inputs.forSearch(UUID.randomUUID(), from.getEpochSecond(), to.getEpochSecond());

        assertArrayEquals(tenToNoonInNewYork(monday), book.windows(providers.get(0)).effective(),
                "Ana works Monday only: Tuesday she is off, Thursday the organization is closed");
        assertArrayEquals(tenToNoonInNewYork(monday.plusDays(2)), book.windows(providers.get(1)).effective());
        assertArrayEquals(new long[0], book.windows(providers.get(2)).effective());
        assertArrayEquals(tenToNoonInNewYork(monday.plusDays(1)), book.windows(later).effective(),
                "a provider added meanwhile");
    }

    private static long[] tenToNoonInNewYork(LocalDate date) {
        return new long[] {date.atTime(10, 0).atZone(NEW_YORK).toEpochSecond(),
                date.atTime(12, 0).atZone(NEW_YORK).toEpochSecond()};
    }

    /**
     * Windows kept by date, and dropped when more dates are asked for than are kept, are the windows
     * of the hours: for providers bound by business hours and free of them, in zones other than the
     * organization's, over searches of one day to the longest, anywhere in the next months.
     */
    @Property(tries = 100)
    void windowsKeptByDateAreThoseOfTheHoursForEverySearch(@ForAll long seed) {
        Random random = new Random(seed);
        ReadModel model = new ReadModel(Clock.fixed(NOW, ZoneOffset.UTC));
        UUID organization = UUID.randomUUID();
        List<String> zones = List.of("UTC", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kolkata");
        List<WeeklyBlock> businessHours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (random.nextInt(4) > 0) {
                businessHours.add(new WeeklyBlock(day, LocalTime.of(random.nextInt(10), 0),
                        random.nextBoolean() ? TimesOfDay.END_OF_DAY : LocalTime.of(12 + random.nextInt(12), 30)));
            }
        }
        apply(model, organization, Topics.PROVIDER_ORGANIZATIONS.name(), organization, OrganizationSnapshot.TYPE,
                new OrganizationSnapshot(organization, "Clinic", "clinic", zones.get(random.nextInt(zones.size())),
                        businessHours, OrganizationStatus.ACTIVE, true, 0, NOW));
        LocalDate today = LocalDate.of(2027, 1, 4);
        for (int d = random.nextInt(6); d > 0; d--) {
            override(model, organization, null, today.plusDays(random.nextInt(150)), random.nextBoolean());
        }
        List<ProviderSnapshot> providers = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            ProviderSnapshot provider = new ProviderSnapshot(UUID.randomUUID(), organization, "INDIVIDUAL", null,
                    random.nextBoolean(), "Provider " + p, null, null, List.of(), "#112233", true, null,
                    zones.get(random.nextInt(zones.size())), 0);
            apply(model, organization, Topics.PROVIDER_PROVIDERS.name(), provider.id(), ProviderSnapshot.TYPE, provider);
            List<ProviderSchedulesSnapshot.Block> blocks = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextInt(3) > 0) {
                    blocks.add(new ProviderSchedulesSnapshot.Block(day, LocalTime.of(random.nextInt(12), 0),
                            random.nextBoolean() ? TimesOfDay.END_OF_DAY : LocalTime.of(13 + random.nextInt(10), 0),
                            BlockType.AVAILABLE, null));
                    blocks.add(new ProviderSchedulesSnapshot.Block(day, LocalTime.of(12, 0), LocalTime.of(13, 0),
                            BlockType.BREAK, null));
                }
            }
            apply(model, organization, Topics.PROVIDER_SCHEDULES.name(), provider.id(), ProviderSchedulesSnapshot.TYPE,
                    new ProviderSchedulesSnapshot(provider.id(), organization, List.of(new ProviderSchedulesSnapshot.Schedule(
                            UUID.randomUUID(), "usual", today.plusDays(random.nextInt(30)), null, blocks, 0))));
            for (int d = random.nextInt(4); d > 0; d--) {
                override(model, organization, provider.id(), today.plusDays(random.nextInt(150)), random.nextBoolean());
            }
            providers.add(provider);
        }
        OrganizationState state = state(model, organization);
        OrganizationInputs inputs = OrganizationInputs.of(state, state.changes());

        for (int search = 1 + random.nextInt(8); search > 0; search--) {
            Instant from = NOW.plusSeconds(3600L * random.nextInt(120 * 24));
            Instant to = from.plusSeconds(3600L * (1 + random.nextInt(AvailabilityService.MAXIMUM_RANGE_DAYS * 24)));
            EngineInputs.Book book = inputs.forSearch(UUID.randomUUID(), from.getEpochSecond(), to.getEpochSecond());
            for (ProviderSnapshot provider : providers) {
                WorkingWindows.Windows expected = WorkingWindows.of(EngineInputs.providerHours(state, provider),
                        EngineInputs.organizationHours(state), from, to);
                WorkingWindows.Windows actual = book.windows(provider);
                String question = provider.name() + " from " + from + " to " + to;
                assertArrayEquals(expected.effective(), actual.effective(), question);
                assertArrayEquals(expected.regular(), actual.regular(), question);
            }
        }
    }

    private static ProviderSnapshot provider(UUID organization, String name) {
        return new ProviderSnapshot(UUID.randomUUID(), organization, "INDIVIDUAL", null, true, name, null, null,
                List.of(), "#112233", true, null, "America/New_York", 0);
    }

    /** An override closing the date, or opening it from 10:00 to 12:00. */
    private static void override(ReadModel model, UUID organization, UUID provider, LocalDate date, boolean closed) {
        UUID id = UUID.randomUUID();
        apply(model, organization, Topics.PROVIDER_DATE_OVERRIDES.name(), id, DateOverrideSnapshot.TYPE,
                new DateOverrideSnapshot(id, organization, provider, date, "day", closed,
                        closed ? List.of() : List.of(new DateOverrideSnapshot.Interval(LocalTime.of(10, 0), LocalTime.of(12, 0))),
                        false, 0));
    }

    @Test
    void inputsAreKeptUntilTheirOrganizationChangesAndWithinTheirBytes() {
        ReadModel model = new ReadModel(Clock.fixed(NOW, ZoneOffset.UTC));
        UUID small = organizationWithBookings(model, 10);
        UUID large = organizationWithBookings(model, 40);
        long smallBytes = inputsOf(model, small).estimatedBytes();
        long largeBytes = inputsOf(model, large).estimatedBytes();
        OrganizationInputsCache cache = new OrganizationInputsCache(config(largeBytes + smallBytes / 2));

        OrganizationInputs first = cache.of(small, state(model, small));
        assertSame(first, cache.of(small, state(model, small)), "kept while the organization does not change");

        book(model, small, UUID.randomUUID(), NOW.plusSeconds(3600));
        OrganizationInputs changed = cache.of(small, state(model, small));
        assertNotSame(first, changed, "made again after a change");
        assertEquals(11, bookingsOf(changed, state(model, small)), "with the new booking");

        cache.of(large, state(model, large));
        assertNotSame(changed, cache.of(small, state(model, small)), "the least recently searched made room");
        assertSame(cache.of(small, state(model, small)), cache.of(small, state(model, small)));
    }

    @Test
    void inputsLargerThanTheWholeBudgetServeTheirSearchOnly() {
        ReadModel model = new ReadModel(Clock.fixed(NOW, ZoneOffset.UTC));
        UUID organization = organizationWithBookings(model, 20);
        OrganizationInputsCache cache = new OrganizationInputsCache(
                config(inputsOf(model, organization).estimatedBytes() - 1));

        assertNotSame(cache.of(organization, state(model, organization)), cache.of(organization, state(model, organization)));
    }

    private static UUID organizationWithBookings(ReadModel model, int bookings) {
        UUID organization = UUID.randomUUID();
        apply(model, organization, Topics.PROVIDER_ORGANIZATIONS.name(), organization, OrganizationSnapshot.TYPE,
                new OrganizationSnapshot(organization, "Clinic", "clinic", "UTC", List.of(), OrganizationStatus.ACTIVE, false,
                        0, NOW));
        UUID provider = UUID.randomUUID();
        for (int b = 0; b < bookings; b++) {
            book(model, organization, provider, NOW.plusSeconds(3600L * (b + 2)));
        }
        return organization;
    }

    private static void book(ReadModel model, UUID organization, UUID provider, Instant start) {
        UUID booking = UUID.randomUUID();
        apply(model, organization, Topics.BOOKING_OCCUPANCY.name(), booking, OccupancySnapshot.TYPE,
                new OccupancySnapshot(booking, organization, UUID.randomUUID(), provider, UUID.randomUUID(), List.of(), start,
                        start.plusSeconds(1800), start, 1, OccupancySnapshot.Status.CONFIRMED, 0));
    }

    private static OrganizationState state(ReadModel model, UUID organization) {
        return model.organization(organization).orElseThrow();
    }

    private static OrganizationInputs inputsOf(ReadModel model, UUID organization) {
        OrganizationState state = state(model, organization);
        return OrganizationInputs.of(state, state.changes());
    }

    /** The bookings a search of the next month weighs, of every provider the organization has booked. */
    private static int bookingsOf(OrganizationInputs inputs, OrganizationState state) {
        EngineInputs.Book book = inputs.forSearch(UUID.randomUUID(), NOW.getEpochSecond(), NOW.getEpochSecond() + 30 * DAY);
        java.util.Set<UUID> providers = new java.util.HashSet<>();
        state.forEachBooking((id, provider, service, start, end, appointmentStart, seats, resources) -> providers.add(provider));
        return providers.stream().mapToInt(provider -> book.bookings(provider).length).sum();
    }

    private static AvailabilityConfig config(long inputsMaximumBytes) {
        return new AvailabilityConfig() {
            @Override
            public Cache cache() {
                throw new UnsupportedOperationException();
            }

            @Override
            public MemorySize inputsMaximumBytes() {
                return new MemorySize(java.math.BigInteger.valueOf(inputsMaximumBytes));
            }

            @Override
            public int maximumCandidatesPerAnswer() {
                return 60_000;
            }

            @Override
            public int workerThresholdCandidates() {
                return 5_000;
            }

            @Override
            public Duration consistencyWait() {
                return Duration.ofSeconds(2);
            }
        };
    }

    private static void apply(ReadModel model, UUID organization, String topic, UUID entity, String type, Object payload) {
        model.apply(new ConsumerRecord<>(topic, 0, 0, RecordKey.of(organization, entity).toString(),
                EventJson.write(new EventEnvelope<>(UUID.randomUUID(), organization, type, NOW, 1, payload))));
    }
}
