package io.tempora.provider.appointmenttype;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.tempora.contracts.rules.ProviderSelection;

/**
 * A service as the public and clients see it: what it is, how long, what it costs, and with each
 * provider who offers it how long and what it costs with them.
 */
@Schema(name = "PublicService")
public record PublicServiceView(UUID id, String name, String description, int durationMinutes, int capacity,
                                MoneyAmount price, ProviderSelection providerSelection, List<Terms> providerTerms)
        implements ServiceListing {

    /**
     * One provider's terms for the service: their own duration and price where they have one, the
     * service's otherwise.
     */
    @Schema(name = "PublicServiceProvider")
    public record Terms(UUID providerId, int durationMinutes, MoneyAmount price) {
    }

    static PublicServiceView of(AppointmentTypeView service) {
        return new PublicServiceView(service.id(), service.name(), service.description(), service.durationMinutes(),
                service.capacity(), service.price(), service.providerSelection(),
                service.providers().stream().map(provider -> new Terms(provider.providerId(),
                        provider.durationMinutes() != null ? provider.durationMinutes() : service.durationMinutes(),
                        provider.price() != null ? provider.price() : service.price())).toList());
    }
}
