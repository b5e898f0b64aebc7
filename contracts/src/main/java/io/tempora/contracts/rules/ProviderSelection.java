package io.tempora.contracts.rules;

/** Who picks the provider of a booking of a service. */
public enum ProviderSelection {
    /** Clients see the candidate providers and may pick one (or leave it to the strategy). */
    CLIENT_CHOOSES,
    /** The assignment strategy picks; only staff may name a provider. */
    AUTO_ASSIGN;

    /** Whether a booking may name its provider: always for staff, for clients only when they choose. */
    public boolean letsName(boolean byStaff) {
        return this == CLIENT_CHOOSES || byStaff;
    }
}
