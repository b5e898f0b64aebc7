package io.tempora.contracts.provider;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.UUID;
import io.tempora.contracts.rules.AssignmentStrategy;
import io.tempora.contracts.rules.ProviderSelection;

/**
 * A service (appointment type) an organization offers, with the providers who offer it, on
 * {@code provider.services.v1}; a tombstone means it was deleted.
 *
 * @param durationMinutes      length of the appointment itself
 * @param bufferBeforeMinutes  time the provider needs before it (setup), not bookable by others
 * @param bufferAfterMinutes   time the provider needs after it (clean-up)
 * @param slotStepMinutes      distance between candidate starts, counted from each working window's start
 * @param capacity             seats per provider per slot: 1 for one-to-one, more for group services
 * @param providerSelection    whether clients see and pick providers, or the strategy picks
 * @param assignmentStrategy   how "any provider" orders the providers who can take a booking
 * @param price                the service's price, null when it has none
 * @param providers            who offers it, with per-provider overrides
 */
public record ServiceSnapshot(
        UUID id,
        UUID organizationId,
        String name,
        int durationMinutes,
        int bufferBeforeMinutes,
        int bufferAfterMinutes,
        int slotStepMinutes,
        int capacity,
        int minimumNoticeMinutes,
        int maximumAdvanceDays,
        ProviderSelection providerSelection,
        AssignmentStrategy assignmentStrategy,
        Money price,
        boolean active,
        List<Offering> providers,
        long version) {

    public static final String TYPE = "service_snapshot";

    public ServiceSnapshot {
        // a check or an "any provider" booking looks each of up to hundreds of providers' terms up: by id, not by a scan
        providers = providers == null || providers instanceof OfferingList ? providers : new OfferingList(providers);
    }

    /** How long an appointment with the provider lasts: their own duration where they have one. */
    public int durationMinutesWith(UUID providerId) {
        return offering(providerId).map(Offering::durationMinutes).orElse(durationMinutes);
    }

    /** What an appointment with the provider costs: their own price where they have one; null for none. */
    public Money priceWith(UUID providerId) {
        return offering(providerId).map(Offering::price).orElse(price);
    }

    /** Whether some provider's duration or price differs from the service's. */
    public boolean variesByProvider() {
        return providers.stream().anyMatch(offering -> offering.durationMinutes() != null || offering.price() != null);
    }

    /** The provider's offering of this service; empty when they do not offer it. */
    public Optional<Offering> offering(UUID providerId) {
        return Optional.ofNullable(((OfferingList) providers).byProvider.get(providerId));
    }

    /**
     * One provider offering the service.
     *
     * @param priority        lower goes first under {@code FIRST_AVAILABLE_BY_PRIORITY}
     * @param durationMinutes this provider's own duration, null for the service's
     * @param price           this provider's own price, null for the service's
     */
    public record Offering(UUID providerId, int priority, Integer durationMinutes, Money price) {
    }

    public record Money(BigDecimal amount, String currency) {
    }

    /** The offerings in the service's order, indexed by provider (the first, should one be listed twice). */
    private static final class OfferingList extends AbstractList<Offering> implements RandomAccess {

        private final List<Offering> offerings;
        private final Map<UUID, Offering> byProvider;

        OfferingList(List<Offering> offerings) {
            this.offerings = List.copyOf(offerings);
            this.byProvider = new HashMap<>();
            for (Offering offering : this.offerings) {
                byProvider.putIfAbsent(offering.providerId(), offering);
            }
        }

        @Override
        public Offering get(int index) {
            return offerings.get(index);
        }

        @Override
        public int size() {
            return offerings.size();
        }
    }
}
