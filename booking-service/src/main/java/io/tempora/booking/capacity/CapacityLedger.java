package io.tempora.booking.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.tempora.persistence.db.LostRace;

/**
 * Version-checked rows, one per provider or resource and UTC day, that make capacity checks safe
 * under concurrency without locking anyone out while they count. A placement reads the versions
 * of the rows it may touch before it counts overlapping bookings, and raises them only if they
 * did not change: of two overlapping placements (they share a row) the second to write sees the
 * first's raise and runs again, now counting the first's booking. Rows are locked in key order,
 * so placements never wait on each other in a circle.
 */
@ApplicationScoped
public class CapacityLedger {

    /** The current versions of the rows, created at version 0 where missing. Call before counting. */
    public Uni<Map<LedgerKey, Long>> read(SortedSet<LedgerKey> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> insertMissing(session, keys)
                .chain(() -> select(session, keys)));
    }

    /** Raises each row by one if it still has the version read; a {@link LostRace} otherwise. */
    public Uni<Void> raise(SortedMap<LedgerKey, Long> versions) {
        return Panache.getSession().flatMap(session -> Multi.createFrom().iterable(versions.entrySet())
                .onItem().transformToUniAndConcatenate(entry -> session.createNativeQuery(
                                "UPDATE capacity_ledger SET version = version + 1"
                                        + " WHERE subject_id = ?1 AND day = ?2 AND version = ?3")
                        .setParameter(1, entry.getKey().subjectId())
                        .setParameter(2, entry.getKey().day())
                        .setParameter(3, entry.getValue())
                        .executeUpdate()
                        .invoke(updated -> {
                            if (updated == 0) {
                                throw new LostRace("capacity of " + entry.getKey() + " changed meanwhile");
                            }
                        }))
                .collect().last().replaceWithVoid());
    }

    private static Uni<Integer> insertMissing(Mutiny.Session session, SortedSet<LedgerKey> keys) {
        var query = session.createNativeQuery("INSERT INTO capacity_ledger (subject_id, day, version) VALUES "
                + placeholders(keys.size(), "(?%d, ?%d, 0)") + " ON CONFLICT DO NOTHING");
        bind(keys, (position, value) -> query.setParameter(position, value));
        return query.executeUpdate();
    }

    private static Uni<Map<LedgerKey, Long>> select(Mutiny.Session session, SortedSet<LedgerKey> keys) {
        var query = session.createNativeQuery("SELECT subject_id, day, version FROM capacity_ledger WHERE (subject_id, day) IN ("
                + placeholders(keys.size(), "(?%d, ?%d)") + ")", Object[].class);
        bind(keys, (position, value) -> query.setParameter(position, value));
        return query.getResultList().map(rows -> {
            Map<LedgerKey, Long> versions = new HashMap<>();
            for (Object[] row : rows) {
                versions.put(new LedgerKey((UUID) row[0], toLocalDate(row[1])), ((Number) row[2]).longValue());
            }
            return versions;
        });
    }

    private static String placeholders(int rows, String row) {
        List<String> all = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            all.add(row.formatted(2 * i + 1, 2 * i + 2));
        }
        return all.stream().collect(Collectors.joining(", "));
    }

    private interface Binder {
        void bind(int position, Object value);
    }

    private static void bind(SortedSet<LedgerKey> keys, Binder binder) {
        int position = 1;
        for (LedgerKey key : keys) {
            binder.bind(position++, key.subjectId());
            binder.bind(position++, key.day());
        }
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
