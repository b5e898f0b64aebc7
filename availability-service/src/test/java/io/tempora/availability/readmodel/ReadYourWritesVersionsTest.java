package io.tempora.availability.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.tempora.contracts.EventEnvelope;
import io.tempora.contracts.EventJson;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.booking.OccupancySnapshot;
import io.tempora.contracts.provider.OrganizationSnapshot;
import io.tempora.contracts.rules.OrganizationStatus;
import io.tempora.localstack.MovingClock;

/**
 * What a reader holding a consistency token is told, through the model as the follower feeds it:
 * a booking holds every version up to the latest applied, whether the booking is held, cancelled,
 * arrived already ended or ended and was forgotten since, until its record retires (a tombstone).
 */
class ReadYourWritesVersionsTest {

    private static final Instant START = Instant.parse("2027-01-04T08:00:00Z");
    private static final UUID ORGANIZATION = UUID.randomUUID();

    enum Kind { AHEAD, ENDING_SOON, CANCELLED, ALREADY_ENDED, TOMBSTONE, TIME_PASSES }

    record Step(int booking, Kind kind, long version) {
    }

    @Property(tries = 500)
    void aBookingHoldsTheVersionsUpToTheLatestAppliedUntilItsRecordRetires(@ForAll("steps") List<Step> steps) {
        MovingClock clock = new MovingClock(START);
        ReadModel model = new ReadModel(clock);
        apply(model, ORGANIZATION, OrganizationSnapshot.TYPE, new OrganizationSnapshot(ORGANIZATION, "Clinic", "clinic",
                "UTC", List.of(), OrganizationStatus.ACTIVE, false, 0, START));
        UUID[] ids = new UUID[20];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = UUID.randomUUID();
        }
        Map<UUID, Long> latest = new HashMap<>();

        for (Step step : steps) {
            UUID id = ids[step.booking()];
            Instant now = clock.instant();
            switch (step.kind()) {
                case TIME_PASSES -> {
                    clock.advance(Duration.ofMinutes(30));
                    model.forgetEnded();
                }
                case TOMBSTONE -> {
                    model.apply(new ConsumerRecord<>(Topics.BOOKING_OCCUPANCY.name(), 0, 0,
                            RecordKey.of(ORGANIZATION, id).toString(), null));
                    latest.remove(id);
                }
                default -> {
                    Instant start = switch (step.kind()) {
                        case ENDING_SOON -> now.minus(Duration.ofMinutes(10));
                        case ALREADY_ENDED -> now.minus(Duration.ofHours(2));
                        default -> now.plus(Duration.ofHours(1));
                    };
                    OccupancySnapshot.Status status = step.kind() == Kind.CANCELLED ? OccupancySnapshot.Status.CANCELLED
                            : OccupancySnapshot.Status.CONFIRMED;
                    apply(model, id, OccupancySnapshot.TYPE, new OccupancySnapshot(id, ORGANIZATION, UUID.randomUUID(),
                            UUID.randomUUID(), UUID.randomUUID(), List.of(), start, start.plus(Duration.ofMinutes(30)), start,
                            1, status, step.version()));
                    latest.merge(id, step.version(), Math::max);
                }
            }
            OrganizationState state = model.organization(ORGANIZATION).orElseThrow();
            for (UUID booking : ids) {
                for (long wanted = 0; wanted <= 6; wanted++) {
                    boolean expected = latest.containsKey(booking) && latest.get(booking) >= wanted;
                    assertEquals(expected, state.holds(booking, wanted), "booking " + booking + " holds version "
                            + wanted + " after " + step);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 19), Arbitraries.of(Kind.class),
                Arbitraries.longs().between(0, 5)).as(Step::new).list().ofMaxSize(120);
    }

    private static void apply(ReadModel model, UUID entity, String type, Object payload) {
        String topic = payload instanceof OccupancySnapshot ? Topics.BOOKING_OCCUPANCY.name()
                : Topics.PROVIDER_ORGANIZATIONS.name();
        model.apply(new ConsumerRecord<>(topic, 0, 0, RecordKey.of(ORGANIZATION, entity).toString(),
                EventJson.write(new EventEnvelope<>(UUID.randomUUID(), ORGANIZATION, type, START, 1, payload))));
    }
}
