package io.tempora.booking.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

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
        // rows exist for all but the first booking of a subject and day: insert only what is missing
        return Panache.getSession().flatMap(session -> select(session, keys).chain(found -> {
            SortedSet<LedgerKey> missing = new TreeSet<>(keys);
            missing.removeAll(found.keySet());
            if (missing.isEmpty()) {
                return Uni.createFrom().item(found);
            }
            return insertMissing(session, missing).chain(() -> select(session, keys));
        }));
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
        var insert = session.createNativeQuery("INSERT INTO capacity_ledger (subject_id, day, version) VALUES "
                + placeholders(keys.size()) + " ON CONFLICT DO NOTHING");
        int position = 1;
        for (LedgerKey key : keys) {
            insert.setParameter(position++, key.subjectId());
            insert.setParameter(position++, key.day());
        }
        return insert.executeUpdate();
    }

    // a query in HQL: Hibernate caches its plan, where native selects pile up in its interpretation cache
    private static Uni<Map<LedgerKey, Long>> select(Mutiny.Session session, SortedSet<LedgerKey> keys) {
        return session.createSelectionQuery("select e.subjectId, e.day, e.version from LedgerEntry e"
                        + " where e.subjectId in :subjects and e.day in :days", Object[].class)
                // nothing this transaction changed bears on the ledger: spare Hibernate the dirty check
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("subjects", keys.stream().map(LedgerKey::subjectId).distinct().toList())
                .setParameter("days", keys.stream().map(LedgerKey::day).distinct().toList())
                .getResultList()
                .map(rows -> {
                    Map<LedgerKey, Long> versions = new HashMap<>();
                    for (Object[] row : rows) {
                        LedgerKey key = new LedgerKey((UUID) row[0], (LocalDate) row[1]);
                        if (keys.contains(key)) {
                            versions.put(key, (Long) row[2]);
                        }
                    }
                    return versions;
                });
    }

    private static String placeholders(int rows) {
        List<String> all = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            all.add("(?%d, ?%d, 0)".formatted(2 * i + 1, 2 * i + 2));
        }
        return String.join(", ", all);
    }
}
