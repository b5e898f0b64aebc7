package io.tempora.contracts.identity;

/**
 * How a service's own tokens (for calls to its neighbours) differ from the identity provider's:
 * they name this key id in their header and carry the SERVICE role alone. A SERVICE token without
 * it, or a token mixing SERVICE or PLATFORM with a member's role, is refused.
 */
public final class ServiceTokens {

    /** The {@code kid} header of every token a Tempora service signs for itself. */
    public static final String KEY_ID = "tempora-service";

    private ServiceTokens() {
    }
}
