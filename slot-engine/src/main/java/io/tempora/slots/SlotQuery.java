package io.tempora.slots;

import java.util.List;

/**
 * "When can {@code seats} seats of this service be booked between {@code from} and {@code to}?"
 * Slot starts are in {@code [from, to)}; everything in epoch seconds.
 *
 * @param service         the service's rules: grid, buffers, seats, notice and advance
 * @param rulesByProvider each provider's own rules (their own duration), in the order of
 *                        {@code providers}; empty when every provider follows {@code service}
 */
public record SlotQuery(long from, long to, long now, ServiceRules service, int seats,
                        List<ProviderCalendar> providers, List<Requirement> requirements,
                        List<ServiceRules> rulesByProvider) {

    public SlotQuery {
        if (!rulesByProvider.isEmpty() && rulesByProvider.size() != providers.size()) {
            throw new IllegalArgumentException("one rule set per provider, or none");
        }
    }

    /** A query in which every provider follows the service's rules. */
    public SlotQuery(long from, long to, long now, ServiceRules service, int seats, List<ProviderCalendar> providers,
                     List<Requirement> requirements) {
        this(from, to, now, service, seats, providers, requirements, List.of());
    }

    /** The rules a provider's appointments follow. */
    public ServiceRules rules(int provider) {
        return rulesByProvider.isEmpty() ? service : rulesByProvider.get(provider);
    }
}
