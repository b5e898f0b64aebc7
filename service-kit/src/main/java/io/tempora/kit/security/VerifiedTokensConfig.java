package io.tempora.kit.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How bearer tokens that passed verification are recognised again ({@link VerifiedTokens}). */
@ConfigMapping(prefix = "tempora.verified-tokens")
public interface VerifiedTokensConfig {

    /**
     * Longest a verified token is recognised without checking its signature again (never past its
     * own expiry): how long a token signed by a key since withdrawn may still pass. 0 verifies every request.
     */
    @WithDefault("60s")
    Duration longestReuse();

    /** Most tokens recognised at once; past it the expired are forgotten, then all. */
    @WithDefault("10000")
    int maximumTokens();

    /** Longer tokens (in characters) are verified on every request, so that the memory held stays bounded. */
    @WithDefault("4096")
    int longestToken();
}
