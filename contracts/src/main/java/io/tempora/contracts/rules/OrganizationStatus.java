package io.tempora.contracts.rules;

/** Whether an organization does business. */
public enum OrganizationStatus {
    ACTIVE,
    /** Offers no availability and takes no bookings; its existing bookings stay. */
    SUSPENDED
}
