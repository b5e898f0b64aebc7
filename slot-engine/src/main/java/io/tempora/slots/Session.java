package io.tempora.slots;

import java.util.UUID;

/**
 * A group session: the bookings of one provider for one service at one start. They share the
 * provider's seats (rule 4) and hold one set of resources, so a resource counts a session once,
 * however many bookings it has.
 */
public record Session(UUID providerId, UUID serviceId, long appointmentStart) {
}
