package io.tempora.availability.slots;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.jboss.resteasy.reactive.RestQuery;

import io.tempora.contracts.ConsistencyToken;
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

    /** {@code compact} lists each provider once and lets slots name them by index (docs/api.md); default {@code full}. */
    @RestQuery
    @Pattern(regexp = "full|compact", message = "must be full or compact")
    String form;

    /** A booking answer's {@code Tempora-Consistency-Token}: answer only once that change is in. */
    @RestQuery
    @Pattern(regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\.[0-9]{1,18}",
            message = "must be a booking answer's Tempora-Consistency-Token: <booking id>.<version>")
    String consistencyToken;

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

    public AvailabilityForm form() {
        return form == null ? AvailabilityForm.FULL : AvailabilityForm.valueOf(form.toUpperCase(Locale.ROOT));
    }

    /** The change the caller must see in the answer, if they name one. */
    public java.util.Optional<ConsistencyToken> consistency() {
        return java.util.Optional.ofNullable(consistencyToken).map(ConsistencyToken::parse);
    }
}
