package io.tempora.booking.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Rows, one per provider or resource and UTC day, that a placement takes (locks until its
 * transaction ends) before it counts the bookings it could overlap. Two overlapping placements
 * share at least one row, so the second waits until the first commits and then counts the first's
 * booking: a crowd asking for one provider's day is decided one request after another, each on
 * what the one before committed, instead of all counting at once and all but one finding out at
 * their write that the count changed and running again. Rows are taken in key order in one
 * statement, so placements never wait on each other in a circle; a row's version counts the
 * placements that took it.
 */
@ApplicationScoped
public class CapacityLedger {

    /** Takes the rows, creating the missing ones. Call before counting. */
    public Uni<Void> take(SortedSet<LedgerKey> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().flatMap(session -> {
            var upsert = session.createNativeQuery("INSERT INTO capacity_ledger (subject_id, day, version) VALUES "
                    + placeholders(keys.size())
                    + " ON CONFLICT (subject_id, day) DO UPDATE SET version = capacity_ledger.version + 1");
            int position = 1;
            for (LedgerKey key : keys) {
                upsert.setParameter(position++, key.subjectId());
                upsert.setParameter(position++, key.day());
            }
            return upsert.executeUpdate().replaceWithVoid();
        });
    }

    private static String placeholders(int rows) {
        List<String> all = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            all.add("(?%d, ?%d, 1)".formatted(2 * i + 1, 2 * i + 2));
        }
        return String.join(", ", all);
    }
}
