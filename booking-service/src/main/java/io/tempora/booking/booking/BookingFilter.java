package io.tempora.booking.booking;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Query parameters of the booking list, each optional; a calendar view sets provider and time range. */
public class BookingFilter {

    @RestQuery
    public UUID providerId;

    @RestQuery
    public UUID clientId;

    @RestQuery
    public UUID serviceId;

    @RestQuery
    @Parameter(description = "bookings that hold this resource (a room, a device): which appointments use it")
    public UUID resourceId;

    @RestQuery
    public BookingStatus status;

    @RestQuery
    @Parameter(description = "bookings that end after this instant", example = "2027-01-04T00:00:00-05:00")
    public OffsetDateTime from;

    @RestQuery
    @Parameter(description = "bookings that start before this instant", example = "2027-01-11T00:00:00-05:00")
    public OffsetDateTime to;
}
