package io.tempora.booking.booking;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class BookingChangeRepository implements PanacheRepositoryBase<BookingChange, UUID> {

    public Uni<List<BookingChange>> ofBooking(UUID bookingId) {
        return list("bookingId", Sort.by("occurredAt").and("id"), bookingId);
    }
}
