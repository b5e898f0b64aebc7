package io.tempora.booking.booking;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.tempora.kit.problem.ProblemException;
import io.tempora.persistence.db.LostRace;

/**
 * What became of booking requests, for operators ({@code tempora_booking_requests_total{outcome}}:
 * created, replayed (the same Idempotency-Key again), or the problem it was refused with, e.g.
 * {@code conflict}), and how often a booking transaction lost a capacity race and ran again
 * ({@code tempora_booking_lost_races_total}).
 */
// created at start, so that its metrics exist (at 0) before anything happens
@Startup
@ApplicationScoped
public class BookingOutcomes {

    private static final String REQUESTS = "tempora.booking.requests";

    private final MeterRegistry metrics;
    private final Counter lostRaces;

    public BookingOutcomes(MeterRegistry metrics) {
        this.metrics = metrics;
        this.lostRaces = Counter.builder("tempora.booking.lost.races")
                .description("Booking transactions that lost a capacity race to a concurrent one and ran again")
                .register(metrics);
        for (String outcome : new String[] {"created", "replayed", "conflict"}) {
            requests(outcome);
        }
    }

    /** The transaction, counting each lost race before the caller's retry runs it again. */
    <T> Supplier<Uni<T>> countingLostRaces(Supplier<Uni<T>> transaction) {
        return () -> transaction.get().onFailure(LostRace::is).invoke(lost -> lostRaces.increment());
    }

    void created(BookingService.Creation creation) {
        requests(creation.replayed() ? "replayed" : "created").increment();
    }

    void refused(Throwable failure) {
        requests(failure instanceof ProblemException problem ? problem.type().name().toLowerCase().replace('_', '-') : "error")
                .increment();
    }

    private Counter requests(String outcome) {
        return Counter.builder(REQUESTS).tag("outcome", outcome)
                .description("Booking requests by what became of them").register(metrics);
    }
}
