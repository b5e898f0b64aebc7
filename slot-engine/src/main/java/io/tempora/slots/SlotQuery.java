package io.tempora.slots;

import java.util.List;

/**
 * "When can {@code seats} seats of this service be booked between {@code from} and {@code to}?"
 * Slot starts are in {@code [from, to)}; everything in epoch seconds.
 */
public record SlotQuery(long from, long to, long now, ServiceRules service, int seats,
                        List<ProviderCalendar> providers, List<Requirement> requirements) {
}
