package io.tempora.kit.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often one caller (the token's subject, or the client IP without a token) may call
 * the endpoint; past the limit the answer is 429 with Retry-After. The limit named here is
 * configured as {@code tempora.rate-limit.limits.<name>.per-second} and {@code .burst}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {

    /** The configured limit that applies. */
    String value();
}
