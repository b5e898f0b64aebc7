package io.tempora.kit.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.tempora.kit.problem.Problem;
import io.tempora.kit.problem.ProblemType;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refusals that happen before a request reaches an endpoint (a body over the size limit, a URI too
 * long, a path that cannot be decoded) are problem+json like every other error, not a bare status.
 */
@ApplicationScoped
public class TransportProblems {

    private final int maximumUriLength;
    private final MemorySize maximumBody;

    /**
     * @param maximumUriLength longest request URI (path and query) answered; longer is 414. The
     *                         HTTP server's own request-line limit is set above it, so that this
     *                         answer, not the server's, is what a client gets
     */
    public TransportProblems(@ConfigProperty(name = "tempora.http.max-uri-length", defaultValue = "8192") int maximumUriLength,
                             @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maximumBody) {
        this.maximumUriLength = maximumUriLength;
        this.maximumBody = maximumBody;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::screen);
        router.errorHandler(413, context -> answer(context, ProblemType.PAYLOAD_TOO_LARGE,
                "the body is larger than " + maximumBody.asLongValue() / 1024 + " KiB"));
        router.errorHandler(414, context -> answer(context, ProblemType.URI_TOO_LONG,
                "the URI is longer than " + maximumUriLength + " characters"));
        router.errorHandler(400, context -> answer(context, ProblemType.INVALID_REQUEST,
                "the request cannot be read: " + (context.failure() == null ? "malformed URI or headers"
                        : context.failure().getMessage())));
    }

    /** What can be told from the request line and headers alone, before anything else runs. */
    private void screen(RoutingContext context) {
        String uri = context.request().uri();
        String length = context.request().getHeader("Content-Length");
        if (uri.length() > maximumUriLength) {
            answer(context, ProblemType.URI_TOO_LONG, "the URI is longer than " + maximumUriLength + " characters");
        } else if (!wellEscaped(uri)) {
            answer(context, ProblemType.INVALID_REQUEST, "the URI has a malformed percent-escape: '%' must be"
                    + " followed by two hexadecimal digits");
        } else if (length != null && exceeds(length)) {
            answer(context, ProblemType.PAYLOAD_TOO_LARGE, "the body is larger than "
                    + maximumBody.asLongValue() / 1024 + " KiB");
        } else {
            context.next();
        }
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maximumBody.asLongValue();
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static boolean wellEscaped(String uri) {
        for (int i = uri.indexOf('%'); i >= 0; i = uri.indexOf('%', i + 1)) {
            if (i + 2 >= uri.length() || Character.digit(uri.charAt(i + 1), 16) < 0
                    || Character.digit(uri.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void answer(RoutingContext context, ProblemType type, String detail) {
        if (context.response().headWritten()) {
            return;
        }
        String path = context.request().path();
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail,
                path == null || path.length() > 200 ? null : path, List.of());
        context.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
