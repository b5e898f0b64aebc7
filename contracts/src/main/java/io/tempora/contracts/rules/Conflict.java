package io.tempora.contracts.rules;

/** Why a provider cannot take a concrete start, in the order they are reported. */
public enum Conflict {
    /** The start has passed, or is closer than the service's minimum notice. */
    PAST,
    /** Another booking keeps the provider busy, or the slot's seats are taken. */
    APPOINTMENT_CONFLICT,
    /** Approved time off, a holiday or a date override takes out hours the weekly schedule has. */
    AVAILABILITY_EXCEPTION_CONFLICT,
    /**
     * Outside the provider's weekly hours, off the service's slot grid, or beyond the service's
     * maximum advance.
     */
    OUTSIDE_DEFAULT_AVAILABILITY,
    /** Not enough free resources of a required type, or a chosen resource is taken. */
    RESOURCE_CONFLICT,
    /**
     * The provider's caseload panel takes no new clients (closed; limited, or at its maximum, for
     * anyone but staff) and the client has no booking with them.
     */
    NOT_TAKING_NEW_CLIENTS;

    /** Conflicts about seats and resources, which booking-service decides from its own database. */
    public boolean aboutCapacity() {
        return this == APPOINTMENT_CONFLICT || this == RESOURCE_CONFLICT;
    }
}
