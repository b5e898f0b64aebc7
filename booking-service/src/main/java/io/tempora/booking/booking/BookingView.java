package io.tempora.booking.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.tempora.contracts.provider.ProviderSnapshot;
import io.tempora.contracts.provider.ServiceSnapshot;

/**
 * A booking as clients and calendars see it, with its provider's name and color.
 *
 * @param occupiedStart from when the provider and resources are busy (the service's buffer before)
 * @param warnings      calendar conflicts staff booked over
 * @param price         what the appointment costs with its provider, as when booked; null for no price
 */
@Schema(name = "Booking")
public record BookingView(
        UUID id,
        UUID organizationId,
        UUID serviceId,
        Provider provider,
        Client client,
        Instant start,
        Instant end,
        Instant occupiedStart,
        Instant occupiedEnd,
        int seats,
        ServiceSnapshot.Money price,
        List<UUID> resourceIds,
        BookingStatus status,
        boolean override,
        List<String> warnings,
        String notes,
        String cancellationReason,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** @param name null while this service has not heard of the provider */
    @Schema(name = "BookingProvider")
    public record Provider(UUID id, String name, String colorCode) {
    }

    @Schema(name = "BookingClientView")
    public record Client(UUID id, String name, String email, String phone) {
    }

    /** Without what is the practice's own: notes, warnings, whether it was overridden, the cancellation reason. */
    BookingView forClient() {
        return new BookingView(id, organizationId, serviceId, provider, client, start, end, occupiedStart, occupiedEnd,
                seats, price, resourceIds, status, false, List.of(), null, null, version, createdAt, updatedAt);
    }

    public static BookingView of(Booking booking, ProviderSnapshot provider) {
        return new BookingView(booking.id, booking.organizationId, booking.serviceId,
                new Provider(booking.providerId, provider == null ? null : provider.name(),
                        provider == null ? null : provider.colorCode()),
                new Client(booking.clientId, booking.clientName, booking.clientEmail, booking.clientPhone),
                booking.start, booking.end, booking.occupiedStart, booking.occupiedEnd, booking.seats,
                booking.price(), booking.resourceIds, booking.status, booking.override, booking.warnings, booking.notes,
                booking.cancellationReason, booking.version, booking.createdAt, booking.updatedAt);
    }
}
