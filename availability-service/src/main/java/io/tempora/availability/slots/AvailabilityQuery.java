package io.tempora.availability.slots;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Min;

import org.jboss.resteasy.reactive.RestQuery;

import io.tempora.kit.validation.IanaTimeZone;

/**
 * The query parameters of {@code GET /availability}: dates are local dates in {@code timezone}
 * (default: the organization's), both inclusive.
 */
public class AvailabilityQuery {

    @RestQuery
    @NotNull
    UUID serviceId;

    @RestQuery
    @NotNull
    LocalDate from;

    @RestQuery
    @NotNull
    LocalDate to;

    @RestQuery
    UUID providerId;

    @RestQuery
    @IanaTimeZone
    String timezone;

    @RestQuery
    @Min(value = 1, message = "must be at least 1")
    Integer seats;

    public UUID serviceId() {
        return serviceId;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public UUID providerId() {
        return providerId;
    }

    public String timezone() {
        return timezone;
    }

    public int seats() {
        return seats == null ? 1 : seats;
    }
}
