package io.tempora.slots;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import io.tempora.contracts.provider.OrganizationSnapshot;
import io.tempora.contracts.provider.ServiceSnapshot;

/**
 * Who takes bookings of a service: the active providers offering it, lowest priority first (ties
 * in the order the service lists them). An organization that has not opted in to
 * several providers is a single-provider business: only the first of them takes its bookings.
 */
public final class Offerings {

    private Offerings() {
    }

    /** @param active whether a provider of the organization is known and active */
    public static List<UUID> bookableProviders(ServiceSnapshot service, OrganizationSnapshot organization,
                                               Predicate<UUID> active) {
        List<UUID> providers = service.providers().stream()
                .filter(offering -> active.test(offering.providerId()))
                .sorted(Comparator.comparingInt(ServiceSnapshot.Offering::priority))
                .map(ServiceSnapshot.Offering::providerId)
                .toList();
        return organization.multiProviderEnabled() || providers.size() < 2 ? providers : providers.subList(0, 1);
    }
}
