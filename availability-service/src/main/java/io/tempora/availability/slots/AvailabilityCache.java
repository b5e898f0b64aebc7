package io.tempora.availability.slots;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The last answers, as written JSON: many clients ask for the same service and weeks, and an
 * answer stays right until the organization changes (any record applied to it) or the minute
 * turns (slots pass their notice). A booking still goes through the exact check endpoint.
 */
@ApplicationScoped
public class AvailabilityCache {

    private static final int MAXIMUM_ENTRIES = 2_000;

    /** @param leftOut the providers the asker cannot book (caseload panels), which the answer leaves out */
    record Key(UUID organizationId, UUID serviceId, LocalDate from, LocalDate to, UUID providerId, String timezone,
               int seats, java.util.List<UUID> leftOut) {
    }

    private record Entry(long changes, long minute, byte[] json) {
    }

    private final boolean enabled;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > MAXIMUM_ENTRIES;
        }
    };

    /** @param enabled false computes every answer, e.g. to measure the computation under load */
    public AvailabilityCache(@ConfigProperty(name = "tempora.availability.cache.enabled", defaultValue = "true")
                             boolean enabled) {
        this.enabled = enabled;
    }

    /** The cached answer for this state of the organization and minute, else a fresh one, kept. */
    byte[] answer(Key key, long changes, long minute, Supplier<byte[]> compute) {
        if (!enabled) {
            return compute.get();
        }
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry != null && entry.changes() == changes && entry.minute() == minute) {
                return entry.json();
            }
        }
        byte[] json = compute.get();
        synchronized (entries) {
            entries.put(key, new Entry(changes, minute, json));
        }
        return json;
    }
}
