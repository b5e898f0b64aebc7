package io.tempora.booking.booking;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BookingChange")
public record BookingChangeView(BookingChange.Kind change, Instant occurredAt, UUID previousProviderId,
                                Instant previousStart, UUID providerId, Instant start, BookingStatus status,
                                String reason) {

    BookingChangeView withoutReason() {
        return new BookingChangeView(change, occurredAt, previousProviderId, previousStart, providerId, start, status, null);
    }

    static BookingChangeView of(BookingChange change) {
        return new BookingChangeView(change.change, change.occurredAt, change.previousProviderId,
                change.previousStart, change.providerId, change.start, change.status, change.reason);
    }
}
