package io.tempora.availability.slots;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.jboss.resteasy.reactive.RestQuery;

import io.tempora.kit.validation.IanaTimeZone;

/**
 * "Who has time that day?": {@code date} in {@code timezone} (default the organization's),
 * optionally only providers with a specialty containing {@code specialty} (any case), optionally
 * for one service, whose slots are then the free times.
 */
public class ProvidersQuery {

    @RestQuery
    @NotNull
    LocalDate date;

    @RestQuery
    String specialty;

    @RestQuery
    UUID serviceId;

    @RestQuery
    @IanaTimeZone
    String timezone;

    public LocalDate date() {
        return date;
    }

    public String specialty() {
        return specialty;
    }

    public UUID serviceId() {
        return serviceId;
    }

    public String timezone() {
        return timezone;
    }
}
