package io.tempora.booking.booking;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.ForbiddenException;
import io.tempora.contracts.provider.ProviderSnapshot;
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
    private final Clock clock;

    public BookingAccess(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    public boolean seesAll() {
        return caller.seesWholeOrganization();
    }

    /** Staff, or a client booking for themselves. */
    public Booker booker() {
        return new Booker(caller.subject().orElseThrow(), caller.isStaff());
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
        requireMayChange(booking);
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

    /** Visible, and, for a client, not started yet: once it has, only the practice changes it. */
    public Booking requireMayChange(Booking booking) {
        requireVisible(booking);
        if (caller.clientId().isPresent() && !booking.start.isAfter(clock.instant())) {
            throw ProblemException.conflict("booking " + booking.id + " has started; only the practice can change it now");
        }
        return booking;
    }

    /** What this caller may read of a booking: clients do not see the practice's notes, warnings and reasons. */
    public BookingView view(Booking booking, ProviderSnapshot provider) {
        BookingView view = BookingView.of(booking, provider);
        return caller.isStaff() || seesAll() ? view : view.forClient();
    }

    /** The history as this caller may read it: clients do not see the practice's reasons. */
    public BookingChangeView view(BookingChange change) {
        BookingChangeView view = BookingChangeView.of(change);
        return caller.isStaff() || seesAll() ? view : view.withoutReason();
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
