package io.tempora.availability.readmodel;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.tempora.contracts.EventEnvelope;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.WeeklyBlock;
import io.tempora.contracts.booking.OccupancySnapshot;
import io.tempora.contracts.provider.OrganizationSnapshot;
import io.tempora.contracts.provider.ProviderSchedulesSnapshot;
import io.tempora.contracts.provider.ProviderSnapshot;
import io.tempora.contracts.provider.TimeOffSnapshot;
import io.tempora.contracts.rules.OrganizationStatus;
import io.tempora.contracts.rules.BlockType;

/**
 * Heap taken by the read model for 10,000 providers (100 organizations of 100), each with a weekly
 * schedule, time off and six bookings a working day ahead. A benchmark that prints figures, run on
 * demand (see docs/performance.md), not part of the test suite.
 */
@EnabledIfSystemProperty(named = "benchmark.footprint", matches = "true")
class ReadModelFootprintBenchmark {

    private static final int ORGANIZATIONS = 100;
    private static final int PROVIDERS_PER_ORGANIZATION = 100;
    private static final int DAYS_AHEAD = Integer.getInteger("benchmark.footprint.days", 60);

    @Test
    void printTheHeapTakenByTenThousandProviders() {
        ReadModel model = new ReadModel(Clock.systemUTC());
        long empty = usedHeap();
        LocalDate today = LocalDate.now();
        long bookings = 0;
        List<UUID> organizations = new ArrayList<>();
        List<List<UUID>> providers = new ArrayList<>();
        for (int o = 0; o < ORGANIZATIONS; o++) {
            UUID organization = UUID.randomUUID();
            organizations.add(organization);
            apply(model, Topics.PROVIDER_ORGANIZATIONS, organization, organization, OrganizationSnapshot.TYPE,
                    new OrganizationSnapshot(organization, "Org " + o, "org-" + o, "America/New_York",
                            List.of(new WeeklyBlock(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(20, 0))),
                            OrganizationStatus.ACTIVE, true, 0, Instant.now()));
            List<UUID> ids = new ArrayList<>();
            for (int p = 0; p < PROVIDERS_PER_ORGANIZATION; p++) {
                UUID provider = UUID.randomUUID();
                ids.add(provider);
                apply(model, Topics.PROVIDER_PROVIDERS, organization, provider, ProviderSnapshot.TYPE,
                        new ProviderSnapshot(provider, organization, "INDIVIDUAL", null, true, "Provider " + p, null,
                                null, List.of("Massage"), "#112233", true, null, "America/New_York", 0));
                List<ProviderSchedulesSnapshot.Block> blocks = new ArrayList<>();
                for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                    blocks.add(new ProviderSchedulesSnapshot.Block(day, LocalTime.of(9, 0), LocalTime.of(12, 0), BlockType.AVAILABLE, null));
                    blocks.add(new ProviderSchedulesSnapshot.Block(day, LocalTime.of(13, 0), LocalTime.of(17, 0), BlockType.AVAILABLE, null));
                }
                apply(model, Topics.PROVIDER_SCHEDULES, organization, provider, ProviderSchedulesSnapshot.TYPE,
                        new ProviderSchedulesSnapshot(provider, organization, List.of(new ProviderSchedulesSnapshot.Schedule(
                                UUID.randomUUID(), null, today.minusYears(1), null, blocks, 0))));
                for (int t = 0; t < 4; t++) {
                    UUID timeOff = UUID.randomUUID();
                    Instant start = Instant.now().plus(Duration.ofDays(7L * t + 3));
                    apply(model, Topics.PROVIDER_TIME_OFF, organization, timeOff, TimeOffSnapshot.TYPE,
                            new TimeOffSnapshot(timeOff, organization, provider, start, start.plus(Duration.ofDays(1)),
                                    false, null, null, "VACATION", null, null, "APPROVED", 1));
                }
            }
            providers.add(ids);
        }
        long withoutBookings = usedHeap();
        java.lang.ref.Reference.reachabilityFence(model);
        for (int o = 0; o < ORGANIZATIONS; o++) {
            UUID organization = organizations.get(o);
            // an organization has a handful of services and a few dozen rooms and devices
            List<UUID> services = java.util.stream.Stream.generate(UUID::randomUUID).limit(5).toList();
            List<UUID> resources = java.util.stream.Stream.generate(UUID::randomUUID).limit(20).toList();
            for (UUID provider : providers.get(o)) {
                for (int day = 1; day <= DAYS_AHEAD; day++) {
                    Instant morning = today.plusDays(day).atTime(14, 0).atZone(java.time.ZoneOffset.UTC).toInstant();
                    for (int b = 0; b < 6; b++) {
                        UUID booking = UUID.randomUUID();
                        Instant start = morning.plus(Duration.ofMinutes(60L * b));
                        apply(model, Topics.BOOKING_OCCUPANCY, organization, booking, OccupancySnapshot.TYPE,
                                new OccupancySnapshot(booking, organization, services.get(b % services.size()), provider,
                                        new UUID(0, bookings % 5_000),
                                        List.of(resources.get((int) (bookings % resources.size()))), start, start.plus(Duration.ofMinutes(45)), start, 1,
                                        OccupancySnapshot.Status.CONFIRMED, 0));
                        bookings++;
                    }
                }
            }
        }
        long withBookings = usedHeap();
        // the model must still be reachable when the heap is measured, or the collector takes it
        java.lang.ref.Reference.reachabilityFence(model);
        double perBooking = (double) (withBookings - withoutBookings) / bookings;
        System.out.printf("read model footprint: 10,000 providers with schedules and time off %.0f MB;"
                        + " %,d bookings (%d days ahead) %.0f MB more, %.0f bytes each; total %.0f MB;"
                        + " a year ahead (%,d bookings) would take %.0f MB%n",
                (withoutBookings - empty) / 1e6, bookings, DAYS_AHEAD, (withBookings - withoutBookings) / 1e6,
                perBooking, (withBookings - empty) / 1e6, 10_000L * 6 * 250,
                ((withoutBookings - empty) + perBooking * 10_000L * 6 * 250) / 1e6);
    }

    private static void apply(ReadModel model, io.tempora.contracts.TopicSpec topic, UUID organization, UUID entity,
                              String type, Object payload) {
        model.apply(new ConsumerRecord<>(topic.name(), 0, 0, RecordKey.of(organization, entity).toString(),
                EventJson.write(new EventEnvelope<>(UUID.randomUUID(), organization, type, Instant.now(), 1, payload))));
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
