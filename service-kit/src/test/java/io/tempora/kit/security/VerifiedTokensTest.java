package io.tempora.kit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.tempora.localstack.MovingClock;

/**
 * Tokens are signed and verified for real (RS256); the verifier only counts how often it is asked.
 */
class VerifiedTokensTest {

    private static final String ISSUER = "https://auth.tempora.dev";
    private static final KeyPair KEYS = keys();

    private final AtomicInteger verifications = new AtomicInteger();
    private final DefaultJWTParser verifier = new DefaultJWTParser(new JWTAuthContextInfo(KEYS.getPublic(), ISSUER)) {
        @Override
        public org.eclipse.microprofile.jwt.JsonWebToken parse(String token) throws ParseException {
            verifications.incrementAndGet();
            return super.parse(token);
        }
    };
    private final MovingClock clock = new MovingClock(Instant.now());

    @Test
    void aTokenIsVerifiedOnceAndRecognisedOnTheRequestsAfter() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(verifier, config(Duration.ofSeconds(60)), clock);
        String token = token("client-1", clock.instant().plusSeconds(3600));

        for (int request = 0; request < 5; request++) {
            assertEquals("client-1", tokens.parse(token).getSubject());
        }

        assertEquals(1, verifications.get());
    }

    @Test
    void aTokenThatFailsIsVerifiedOnEveryTry() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, config(Duration.ofSeconds(60)), clock);
        String token = token("client-1", clock.instant().plusSeconds(3600));
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        for (int request = 0; request < 3; request++) {
            assertThrows(ParseException.class, () -> tokens.parse(forged));
        }

        assertEquals(3, verifications.get());
    }

    @Test
    void aTokenIsVerifiedAgainOnceItsReuseEnds() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(verifier, config(Duration.ofSeconds(60)), clock);
        String token = token("client-1", clock.instant().plusSeconds(3600));
        tokens.parse(token);

        clock.advance(Duration.ofSeconds(61));
        tokens.parse(token);

        assertEquals(2, verifications.get());
    }

    @Test
    void aTokenIsNeverRecognisedPastItsOwnExpiry() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(verifier, config(Duration.ofHours(1)), clock);
        String token = token("client-1", clock.instant().plusSeconds(120));
        tokens.parse(token);

        clock.advance(Duration.ofSeconds(121));
        // the verifier decides again (with its own clock and skew); here it is asked, not the memory
        tokens.parse(token);

        assertEquals(2, verifications.get());
    }

    @Test
    void withNoReuseEveryRequestIsVerified() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(verifier, config(Duration.ZERO), clock);
        String token = token("client-1", clock.instant().plusSeconds(3600));

        tokens.parse(token);
        tokens.parse(token);

        assertEquals(2, verifications.get());
    }

    private static String token(String subject, Instant expiry) {
        return Jwt.issuer(ISSUER).subject(subject).issuedAt(Instant.now()).expiresAt(expiry).sign(KEYS.getPrivate());
    }

    private static VerifiedTokensConfig config(Duration longestReuse) {
        return new VerifiedTokensConfig() {
            @Override
            public Duration longestReuse() {
                return longestReuse;
            }

            @Override
            public int maximumTokens() {
                return 100;
            }

            @Override
            public int longestToken() {
                return 4096;
            }
        };
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
