package io.tempora.availability.slots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import io.tempora.availability.readmodel.OrganizationState;
import io.tempora.availability.readmodel.ReadModel;
import io.tempora.contracts.EventEnvelope;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.booking.OccupancySnapshot;
import io.tempora.contracts.provider.OrganizationSnapshot;
import io.tempora.contracts.rules.OrganizationStatus;
import io.tempora.slots.Booking;

/**
 * A search weighs, of the inputs kept for its organization, exactly the bookings a pass over the
 * whole book finds near its range (a day either side), whatever their lengths and order of arrival.
 */
class OrganizationInputsTest {

    private static final Instant NOW = Instant.parse("2027-01-04T00:00:00Z");
    private static final long DAY = 86_400;

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

    private static void apply(ReadModel model, UUID organization, String topic, UUID entity, String type, Object payload) {
        model.apply(new ConsumerRecord<>(topic, 0, 0, RecordKey.of(organization, entity).toString(),
                EventJson.write(new EventEnvelope<>(UUID.randomUUID(), organization, type, NOW, 1, payload))));
    }
}
