package io.tempora.contracts;

import java.util.Objects;
import java.util.UUID;

/**
 * The key of every record on every topic: {@code <organizationId>/<entityId>}.
 *
 * <p>The entity id makes compaction keep one snapshot per entity; the organization prefix lets
 * {@link OrganizationPartitioner} place all records of one organization on one partition, so a
 * consumer sees an organization's changes in the order they were made. For event topics the
 * entity is the aggregate the event is about (the booking, the time off request).
 */
public record RecordKey(UUID organizationId, UUID entityId) {

    private static final char SEPARATOR = '/';

    public RecordKey {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(entityId, "entityId");
    }

    public static RecordKey of(UUID organizationId, UUID entityId) {
        return new RecordKey(organizationId, entityId);
    }

    /**
     * @throws IllegalArgumentException when the text is not a key written by {@link #toString()}
     */
    public static RecordKey parse(String key) {
        int separator = key == null ? -1 : key.indexOf(SEPARATOR);
        if (separator < 0) {
            throw new IllegalArgumentException("record key must read <organizationId>/<entityId>: " + key);
        }
        return new RecordKey(
                UUID.fromString(key.substring(0, separator)),
                UUID.fromString(key.substring(separator + 1)));
    }

    /** The organization part alone, without parsing the entity id (the partitioner's hot path). */
    static String organizationPart(String key) {
        int separator = key.indexOf(SEPARATOR);
        if (separator < 0) {
            throw new IllegalArgumentException("record key must read <organizationId>/<entityId>: " + key);
        }
        return key.substring(0, separator);
    }

    @Override
    public String toString() {
        return organizationId.toString() + SEPARATOR + entityId;
    }
}
