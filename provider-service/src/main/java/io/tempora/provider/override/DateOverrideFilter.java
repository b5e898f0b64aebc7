package io.tempora.provider.override;

import java.time.LocalDate;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * Filters of {@code GET /date-overrides}: {@code providerId} for one provider's overrides,
 * {@code organizationOnly=true} for holidays and special hours, {@code from}/{@code to} for dates.
 */
public class DateOverrideFilter {

    @RestQuery
    UUID providerId;

    @RestQuery
    boolean organizationOnly;

    @RestQuery
    LocalDate from;

    @RestQuery
    LocalDate to;

    public UUID providerId() {
        return providerId;
    }

    public boolean organizationOnly() {
        return organizationOnly;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }
}
