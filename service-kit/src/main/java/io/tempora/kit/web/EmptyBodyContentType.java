package io.tempora.kit.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Lets a client call an action such as {@code POST .../approve} without a body and without a
 * Content-Type, as curl and most HTTP libraries do, where the endpoint takes an optional JSON body:
 * a request that carries no body is treated as JSON with no content instead of answering 415.
 * Whatever Content-Type such a request names (some clients add text/plain) describes nothing.
 */
public class EmptyBodyContentType {

    @ServerRequestFilter(preMatching = true)
    public void treatEmptyBodyAsJson(ContainerRequestContext request) {
        boolean noBody = request.getHeaderString(HttpHeaders.CONTENT_LENGTH) == null
                ? request.getHeaderString("Transfer-Encoding") == null
                : "0".equals(request.getHeaderString(HttpHeaders.CONTENT_LENGTH).trim());
        if (noBody) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
