package io.tempora.contracts.rules;

/** Whether a provider takes new clients (clients without an earlier booking with them). */
public enum PanelStatus {
    /** Anyone may book them. */
    OPEN,
    /** Case by case: only staff may book them for a new client. */
    LIMITED,
    /** No new clients at all; existing clients still book. */
    CLOSED;

    /** Whether a new client may be booked with the provider by the given kind of caller. */
    public boolean admitsNewClient(boolean bookedByStaff) {
        return this == OPEN || (this == LIMITED && bookedByStaff);
    }
}
