package io.tempora.slots;

/**
 * A booking holding a resource during {@code [start, end)} (epoch seconds, buffers included), as
 * part of its {@link Session}.
 */
public record Allocation(long start, long end, Session session) {
}
