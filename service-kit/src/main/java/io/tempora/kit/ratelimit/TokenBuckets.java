package io.tempora.kit.ratelimit;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One token bucket per caller: {@code burst} calls at once, refilled at {@code perSecond}. Plain
 * Java, time passed in, so that it can be tested without waiting. When more than
 * {@code maxCallers} are tracked, callers whose bucket has refilled completely (idle ones) are
 * forgotten: they would start full anyway.
 */
public final class TokenBuckets {

    private final double perSecond;
    private final int burst;
    private final int maxCallers;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(double perSecond, int burst, int maxCallers) {
        if (perSecond <= 0 || burst < 1 || maxCallers < 1) {
            throw new IllegalArgumentException("a limit needs perSecond > 0, burst >= 1 and maxCallers >= 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.maxCallers = maxCallers;
    }

    /**
     * Takes one call from {@code caller}'s bucket.
     *
     * @return empty if the call may go ahead, else the nanoseconds until it may
     */
    public OptionalLong take(String caller, long nowNanos) {
        if (buckets.size() > maxCallers) {
            buckets.values().removeIf(bucket -> bucket.isFull(nowNanos));
        }
        return buckets.computeIfAbsent(caller, ignored -> new Bucket(nowNanos)).take(nowNanos);
    }

    int trackedCallers() {
        return buckets.size();
    }

    private final class Bucket {
        private double tokens = burst;
        private long refilledAt;

        Bucket(long nowNanos) {
            refilledAt = nowNanos;
        }

        synchronized OptionalLong take(long nowNanos) {
            refill(nowNanos);
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            return OptionalLong.of((long) Math.ceil((1 - tokens) / perSecond * TimeUnit.SECONDS.toNanos(1)));
        }

        synchronized boolean isFull(long nowNanos) {
            refill(nowNanos);
            return tokens >= burst;
        }

        private void refill(long nowNanos) {
            long elapsed = nowNanos - refilledAt;
            if (elapsed > 0) {
                tokens = Math.min(burst, tokens + elapsed * perSecond / TimeUnit.SECONDS.toNanos(1));
                refilledAt = nowNanos;
            }
        }
    }
}
