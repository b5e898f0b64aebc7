package io.tempora.availability.slots;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import io.tempora.availability.AvailabilityConfig;

/**
 * The last answers, as written JSON: many clients ask for the same service and weeks, and an
 * answer stays right until the organization changes (any record applied to it) or the minute
 * turns (slots pass their notice). Bounded by the bytes it holds, not by a number of answers: one
 * two-month answer of a large organization weighs as much as thousands of small ones. A booking
 * still goes through the exact check endpoint.
 */
// created at start, so that its metrics exist (at 0) before anything happens
@Startup
@ApplicationScoped
public class AvailabilityCache {

    /** @param leftOut the providers the asker cannot book (caseload panels), which the answer leaves out */
    record Key(UUID organizationId, UUID serviceId, LocalDate from, LocalDate to, UUID providerId, String timezone,
               int seats, AvailabilityForm form, List<UUID> leftOut) {
    }

    private record Entry(long changes, long minute, byte[] json) {
    }

    private final boolean enabled;
    private final long maximumBytes;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    private final Counter hits;
    private final Counter misses;

    public AvailabilityCache(AvailabilityConfig config, MeterRegistry metrics) {
        this.enabled = config.cache().enabled();
        this.maximumBytes = config.cache().maximumBytes().asLongValue();
        this.hits = Counter.builder("tempora.availability.cache.lookups").tag("result", "hit")
                .description("Availability answers asked of the cache, by whether it held them").register(metrics);
        this.misses = Counter.builder("tempora.availability.cache.lookups").tag("result", "miss")
                .description("Availability answers asked of the cache, by whether it held them").register(metrics);
        Gauge.builder("tempora.availability.cache.bytes", this, AvailabilityCache::bytes).baseUnit("bytes")
                .description("Bytes of written answers the cache holds").register(metrics);
    }

    /** The answer kept for this state of the organization and minute, if any. */
    byte[] kept(Key key, long changes, long minute) {
        if (!enabled) {
            return null;
        }
        byte[] json;
        synchronized (entries) {
            Entry entry = entries.get(key);
            json = entry != null && entry.changes() == changes && entry.minute() == minute ? entry.json() : null;
        }
        (json == null ? misses : hits).increment();
        return json;
    }

    /** Keeps a fresh answer, dropping the least recently used ones beyond the byte bound; returns it. */
    byte[] keep(Key key, long changes, long minute, byte[] json) {
        if (!enabled || json.length > maximumBytes) {
            return json;
        }
        synchronized (entries) {
            Entry replaced = entries.put(key, new Entry(changes, minute, json));
            bytes += json.length - (replaced == null ? 0 : replaced.json().length);
            Iterator<Entry> eldest = entries.values().iterator();
            while (bytes > maximumBytes && eldest.hasNext()) {
                bytes -= eldest.next().json().length;
                eldest.remove();
            }
        }
        return json;
    }

    /** The cached answer, else a fresh one, kept. */
    byte[] answer(Key key, long changes, long minute, Supplier<byte[]> compute) {
        byte[] kept = kept(key, changes, minute);
        return kept != null ? kept : keep(key, changes, minute, compute.get());
    }

    /** Bytes of answers held now. */
    long bytes() {
        synchronized (entries) {
            return bytes;
        }
    }
}
