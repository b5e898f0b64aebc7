package io.tempora.kit.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Bearer tokens verified once and then recognised, until they expire: the same token arrives on
 * every request of a client's session and on every call of a neighbour service, and checking its
 * RSA signature each time was 7% of booking-service's work per booking. A token is recognised by
 * its exact text, so nothing but a token that passed verification is ever taken from here; it is
 * taken only before its own expiry and for at most {@link VerifiedTokensConfig#longestReuse()}
 * after it was verified, which bounds how long a token signed by a key since withdrawn still
 * passes. Tokens that fail are not kept: each try is verified again.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private record Verified(JsonWebToken token, Instant reusableUntil) {
    }

    private final DefaultJWTParser verifier;
    private final VerifiedTokensConfig config;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public VerifiedTokens(DefaultJWTParser verifier, VerifiedTokensConfig config, Clock clock) {
        this.verifier = verifier;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null && now.isBefore(known.reusableUntil())) {
            return known.token();
        }
        JsonWebToken checked = verifier.parse(token);
        keep(token, checked, now);
        return checked;
    }

    private void keep(String token, JsonWebToken checked, Instant now) {
        if (token.length() > config.longestToken() || checked.getExpirationTime() <= 0) {
            return;
        }
        if (verified.size() >= config.maximumTokens()) {
            // a burst of new sessions: forget the expired, and if that is not enough, start afresh
            verified.values().removeIf(entry -> !now.isBefore(entry.reusableUntil()));
            if (verified.size() >= config.maximumTokens()) {
                verified.clear();
            }
        }
        Instant expiry = Instant.ofEpochSecond(checked.getExpirationTime());
        Instant longest = now.plus(config.longestReuse());
        verified.put(token, new Verified(checked, expiry.isBefore(longest) ? expiry : longest));
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
