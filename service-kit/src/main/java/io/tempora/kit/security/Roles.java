package io.tempora.kit.security;

/**
 * The roles a token carries in its {@code groups} claim, as {@code @RolesAllowed} names them.
 * docs/security.md says what each may do.
 */
public final class Roles {

    /** Everything in their organization. */
    public static final String OWNER = "OWNER";
    /** Bookings and calendars of every provider; reads settings, changes none. */
    public static final String ADMIN_ASSISTANT = "ADMIN_ASSISTANT";
    /** Their own schedules, time off and bookings; the token names them in {@code provider_id}. */
    public static final String PROVIDER = "PROVIDER";
    /** Books for themselves; the token's subject is their client id. */
    public static final String CLIENT = "CLIENT";
    /** Another Tempora service calling on a user's behalf (booking-service checking availability). */
    public static final String SERVICE = "SERVICE";
    /** The SaaS platform's onboarding: creates and lists organizations, nothing inside them. */
    public static final String PLATFORM = "PLATFORM";

    /** The roles of an organization's members: a token holds these or SERVICE or PLATFORM, never both. */
    public static final java.util.List<String> MEMBERS = java.util.List.of(OWNER, ADMIN_ASSISTANT, PROVIDER, CLIENT);

    private Roles() {
    }
}
