package io.tempora.kit.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;
import io.tempora.contracts.identity.ServiceTokens;

/**
 * This service's own identity on calls to its neighbours: a short-lived token with role
 * {@link Roles#SERVICE} and the application's name as subject, the key id
 * {@link ServiceTokens#KEY_ID} that tells it from the identity provider's tokens, signed with the key at
 * {@code smallrye.jwt.sign.key.location}. Register it on a REST client with
 * {@code @RegisterProvider(ServiceIdentity.class)}. The token is reused until a minute before it
 * expires, so signing costs nothing per call.
 */
@ApplicationScoped
public class ServiceIdentity implements ClientRequestFilter {

    private static final Duration LIFESPAN = Duration.ofMinutes(5);
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);

    private final String serviceName;
    private final Clock clock;
    private volatile Token current = new Token("", Instant.EPOCH);

    public ServiceIdentity(@ConfigProperty(name = "quarkus.application.name") String serviceName, Clock clock) {
        this.serviceName = serviceName;
        this.clock = clock;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token());
    }

    String token() {
        Instant now = clock.instant();
        Token token = current;
        if (now.isAfter(token.expiresAt().minus(RENEW_BEFORE_EXPIRY))) {
            Instant expiresAt = now.plus(LIFESPAN);
            token = new Token(Jwt.subject(serviceName).groups(Set.of(Roles.SERVICE))
                    .issuedAt(now).expiresAt(expiresAt).jws().keyId(ServiceTokens.KEY_ID).sign(), expiresAt);
            current = token;
        }
        return token.value();
    }

    private record Token(String value, Instant expiresAt) {
    }
}
