package io.tempora.booking.booking;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.ForbiddenException;
import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.security.Caller;

/**
 * Whose bookings a caller may see and change. Owners and assistants: every booking of their
 * organization. A provider: the bookings with them, made for them. A client: their own, booked
 * for themselves, never over calendar conflicts. A booking the caller may not see does not exist
 * for them (404), so ids of other people's bookings tell them nothing.
 */
@RequestScoped
public class BookingAccess {

    private final Caller caller;

    public BookingAccess(Caller caller) {
        this.caller = caller;
    }

    public boolean seesAll() {
        return caller.seesWholeOrganization();
    }

    /** Staff, or a client booking for themselves. */
    public Booker booker() {
        return caller.isStaff() ? Booker.STAFF : Booker.CLIENT;
    }

    public void requireMayBook(BookingRequest request) {
        if (seesAll()) {
            return;
        }
        Optional<UUID> provider = caller.providerId();
        if (provider.isPresent()) {
            if (!provider.get().equals(request.providerId())) {
                throw new ForbiddenException("a provider books with themselves: providerId must be " + provider.get());
            }
            return;
        }
        UUID client = requireClient();
        if (!client.equals(request.client().id())) {
            throw new ForbiddenException("a client books for themselves: client.id must be " + client);
        }
        if (request.overriding()) {
            throw new ForbiddenException("override is for staff");
        }
    }

    public void requireMayMove(Booking booking, RescheduleRequest move) {
        requireVisible(booking);
        if (seesAll()) {
            return;
        }
        if (caller.providerId().isPresent()) {
            if (move.providerId() != null && !move.providerId().equals(booking.providerId)) {
                throw new ForbiddenException("a provider cannot hand a booking to another provider");
            }
        } else if (move.overriding()) {
            throw new ForbiddenException("override is for staff");
        }
    }

    /** The filter narrowed to what this caller may list. */
    public BookingFilter narrow(BookingFilter filter) {
        if (seesAll()) {
            return filter;
        }
        Optional<UUID> provider = caller.providerId();
        if (provider.isPresent()) {
            filter.providerId = only(provider.get(), filter.providerId, "providerId");
        } else {
            filter.clientId = only(requireClient(), filter.clientId, "clientId");
        }
        return filter;
    }

    public Booking requireVisible(Booking booking) {
        boolean visible = seesAll()
                || caller.providerId().filter(own -> own.equals(booking.providerId)).isPresent()
                || caller.clientId().filter(own -> own.equals(booking.clientId)).isPresent();
        if (!visible) {
            throw ProblemException.notFound("booking", booking.id);
        }
        return booking;
    }

    private UUID requireClient() {
        return caller.clientId().orElseThrow(() -> new ForbiddenException("a client token needs the client's id as subject"));
    }

    private static UUID only(UUID own, UUID asked, String parameter) {
        if (asked != null && !asked.equals(own)) {
            throw new ForbiddenException(parameter + " may only be your own, " + own);
        }
        return own;
    }
}
