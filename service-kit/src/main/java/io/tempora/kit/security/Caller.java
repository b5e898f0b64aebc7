package io.tempora.kit.security;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.tempora.contracts.identity.ServiceTokens;

/**
 * Who is calling, as their token says: organization, roles, the provider they are, the client
 * they are. {@link TenantGate} identifies the caller of each request (resolving the token without
 * blocking) and has already sent callers of another organization away, so this only decides
 * among the members of one.
 */
@RequestScoped
public class Caller {

    /** The organization a member's token belongs to. */
    public static final String ORGANIZATION_CLAIM = "org_id";
    /** The provider a PROVIDER token speaks for. */
    public static final String PROVIDER_CLAIM = "provider_id";

    private SecurityIdentity identity;

    void identify(SecurityIdentity resolved) {
        this.identity = resolved;
    }

    public boolean isAnonymous() {
        return identity().isAnonymous();
    }

    public boolean is(String role) {
        return identity().hasRole(role);
    }

    /** Owners and assistants act on every provider's calendar and booking. */
    public boolean seesWholeOrganization() {
        return is(Roles.OWNER) || is(Roles.ADMIN_ASSISTANT);
    }

    /** Staff see internal fields; the public and clients see what a storefront shows. */
    public boolean isStaff() {
        return seesWholeOrganization() || is(Roles.PROVIDER);
    }

    public Optional<UUID> organizationId() {
        return uuidClaim(ORGANIZATION_CLAIM);
    }

    /** The provider a PROVIDER token speaks for; empty for every other caller. */
    public Optional<UUID> providerId() {
        return is(Roles.PROVIDER) ? uuidClaim(PROVIDER_CLAIM) : Optional.empty();
    }

    /**
     * Who the token says the caller is: its {@code sub} claim, never the principal name (which
     * smallrye-jwt takes from {@code upn} or {@code preferred_username} when present, claims an
     * identity provider may let users choose); empty for anonymous callers.
     */
    public Optional<String> subject() {
        return isAnonymous() || !(identity().getPrincipal() instanceof JsonWebToken token)
                ? Optional.empty() : Optional.ofNullable(token.getSubject());
    }

    /**
     * Why this caller's token cannot be accepted whatever it asks, or empty: a token is either a
     * member's, the platform's or a service's; a service's carries this platform's service key id;
     * a provider's names the provider.
     */
    Optional<String> inconsistency() {
        if (isAnonymous() || !(identity().getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        boolean member = Roles.MEMBERS.stream().anyMatch(this::is);
        if (member && (is(Roles.SERVICE) || is(Roles.PLATFORM))) {
            return Optional.of("a token is a member's, the platform's or a service's, never several");
        }
        if (is(Roles.SERVICE) && !ServiceTokens.KEY_ID.equals(keyId(token))) {
            return Optional.of("a SERVICE token must be one a Tempora service signed for itself");
        }
        if (is(Roles.PROVIDER) && uuidClaim(PROVIDER_CLAIM).isEmpty()) {
            return Optional.of("a PROVIDER token must name its provider in " + PROVIDER_CLAIM);
        }
        if (token.getSubject() == null || token.getSubject().isBlank()) {
            return Optional.of("a token must name its subject");
        }
        return Optional.empty();
    }

    /** The key id in the token's header. */
    private static String keyId(JsonWebToken token) {
        String raw = token.getRawToken();
        int dot = raw == null ? -1 : raw.indexOf('.');
        if (dot < 0) {
            return null;
        }
        try {
            String header = new String(java.util.Base64.getUrlDecoder().decode(raw.substring(0, dot)),
                    java.nio.charset.StandardCharsets.UTF_8);
            try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(header))) {
                return reader.readObject().getString("kid", null);
            }
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** The client a CLIENT token speaks for: its subject. */
    public Optional<UUID> clientId() {
        return is(Roles.CLIENT) ? subject().flatMap(Caller::parse) : Optional.empty();
    }

    /** A member of {@code organization}, or a caller that belongs to none (anonymous, a service, the platform). */
    boolean mayEnter(UUID organization) {
        if (isAnonymous() || is(Roles.SERVICE) || is(Roles.PLATFORM)) {
            // anonymous callers meet @PermitAll or a 401; services and the platform belong to none
            return true;
        }
        return organizationId().filter(organization::equals).isPresent();
    }

    /** Whether this caller may act on {@code providerId}'s data: the whole organization's staff, or that provider. */
    public boolean mayActFor(UUID providerId) {
        return seesWholeOrganization() || providerId().filter(own -> own.equals(providerId)).isPresent();
    }

    /** @throws ForbiddenException unless {@link #mayActFor(UUID)} */
    public void requireActingFor(UUID providerId) {
        if (!mayActFor(providerId)) {
            throw new ForbiddenException("a provider acts on their own data only");
        }
    }

    private SecurityIdentity identity() {
        if (identity == null) {
            throw new IllegalStateException("the caller is identified by TenantGate, which runs before every endpoint");
        }
        return identity;
    }

    private Optional<UUID> uuidClaim(String claim) {
        if (!(identity().getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object value = token.getClaim(claim);
        return value == null ? Optional.empty() : parse(value instanceof JsonString text ? text.getString() : value.toString());
    }

    private static Optional<UUID> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }
}
