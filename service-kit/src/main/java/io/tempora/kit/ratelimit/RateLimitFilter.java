package io.tempora.kit.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.problem.ProblemMappers;
import io.tempora.kit.problem.ProblemType;
import io.tempora.kit.security.Caller;
import io.vertx.core.http.HttpServerRequest;

/**
 * Applies {@link RateLimited}: keyed by the token's subject, or by the client's address for
 * anonymous callers (behind a proxy, enable {@code quarkus.http.proxy.proxy-address-forwarding}
 * so that this is the client's and not the proxy's). Limits are per replica.
 */
public class RateLimitFilter {

    private final RateLimitConfig config;
    private final Caller caller;
    private final Map<String, TokenBuckets> limits = new ConcurrentHashMap<>();

    public RateLimitFilter(RateLimitConfig config, Caller caller) {
        this.config = config;
        this.caller = caller;
    }

    /** For the caller {@link io.tempora.kit.security.TenantGate} identified. */
    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        RateLimited limited = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (limited == null || !config.enabled()) {
            return null;
        }
        String key = caller.subject().map(subject -> "subject:" + subject)
                .orElseGet(() -> "address:" + http.remoteAddress().hostAddress());
        return limits.computeIfAbsent(limited.value(), this::bucketsOf).take(key, System.nanoTime())
                .stream().mapToObj(waitNanos -> tooMany(request, waitNanos))
                .findFirst().orElse(null);
    }

    private TokenBuckets bucketsOf(String name) {
        RateLimitConfig.Limit limit = config.limits().get(name);
        if (limit == null) {
            throw new IllegalStateException("no rate limit configured as tempora.rate-limit.limits." + name);
        }
        return new TokenBuckets(limit.perSecond(), limit.burst(), config.maxCallers());
    }

    private static Response tooMany(ContainerRequestContext request, long waitNanos) {
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + TimeUnit.SECONDS.toNanos(1) - 1));
        Response response = ProblemMappers.respond(new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                "too many requests from this caller; try again in " + seconds + " s").toProblem(), request.getUriInfo());
        response.getHeaders().putSingle("Retry-After", seconds);
        return response;
    }
}
