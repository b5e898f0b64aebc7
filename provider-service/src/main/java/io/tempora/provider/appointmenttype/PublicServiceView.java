package io.tempora.provider.appointmenttype;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.tempora.contracts.rules.ProviderSelection;

/** A service as the public and clients see it: what it is, how long, what it costs. */
@Schema(name = "PublicService")
public record PublicServiceView(UUID id, String name, String description, int durationMinutes, int capacity,
                                MoneyAmount price, ProviderSelection providerSelection)
        implements ServiceListing {

    static PublicServiceView of(AppointmentTypeView service) {
        return new PublicServiceView(service.id(), service.name(), service.description(), service.durationMinutes(),
                service.capacity(), service.price(), service.providerSelection());
    }
}
