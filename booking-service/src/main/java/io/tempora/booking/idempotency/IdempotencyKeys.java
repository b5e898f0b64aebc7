package io.tempora.booking.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.tempora.contracts.EventJson;
import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.problem.ProblemType;

/**
 * Remembers, per organization and {@code Idempotency-Key}, which booking a creation made and a
 * fingerprint of its request, in the creation's own transaction: a retry finds the booking, the
 * same key with another request is refused (422), and a failed creation leaves nothing to find.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 200;

    private final Clock clock;

    public IdempotencyKeys(Clock clock) {
        this.clock = clock;
    }

    /** A key as a client sent it: null when it sent none; a 400 naming the header when unusable. */
    public static String validated(String key) {
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > MAX_LENGTH) {
            throw ProblemException.invalidField(HEADER, "must be 1 to " + MAX_LENGTH + " characters");
        }
        return key;
    }

    /** A hash of a request as JSON, which names every value unambiguously. */
    public static String fingerprint(Object request) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(EventJson.write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Forgets keys older than the retention: a retry comes within minutes, not days. */
    public Uni<Integer> forgetOlderThan(Instant cutoff) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createMutationQuery(
                "delete from IdempotencyRecord where createdAt < :cutoff").setParameter("cutoff", cutoff).executeUpdate()));
    }

    /**
     * The booking an earlier request with this key made, if any; a 422 failure when the earlier
     * request was a different one.
     *
     * @param caller the token subject of whoever sends the key: a key is only ever its sender's
     */
    public Uni<Optional<UUID>> earlierBooking(UUID organizationId, String caller, String key, String fingerprint) {
        if (key == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "from IdempotencyRecord where organizationId = :organization and caller = :caller and key = :key",
                        IdempotencyRecord.class)
                .setParameter("organization", organizationId).setParameter("caller", caller).setParameter("key", key)
                .getResultList())
                .map(records -> records.stream().findFirst().map(earlier -> {
                    if (!fingerprint.equals(earlier.requestHash)) {
                        throw new ProblemException(ProblemType.UNPROCESSABLE, HEADER + " " + key
                                + " was used for a different request; use a new key for a new booking");
                    }
                    return earlier.bookingId;
                }));
    }

    /**
     * Claims the key for the booking about to be made, in the transaction that makes it: of two
     * requests with one key only one commits (the other fails on the unique key, or earlier on
     * the capacity the first took, and is answered with the first's booking).
     */
    public Uni<Void> claim(UUID organizationId, String caller, String key, String fingerprint, UUID bookingId) {
        if (key == null) {
            return Uni.createFrom().voidItem();
        }
        IdempotencyRecord record = new IdempotencyRecord();
        record.organizationId = organizationId;
        record.caller = caller;
        record.key = key;
        record.requestHash = fingerprint;
        record.bookingId = bookingId;
        record.createdAt = Instant.now(clock);
        return Panache.getSession().flatMap(session -> session.persist(record));
    }
}
