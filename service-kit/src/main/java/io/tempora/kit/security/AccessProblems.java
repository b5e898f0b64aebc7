package io.tempora.kit.security;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.tempora.kit.problem.Problem;
import io.tempora.kit.problem.ProblemMappers;
import io.tempora.kit.problem.ProblemType;

/** 401 and 403 as problem+json, like every other error, with the RFC 6750 challenge. */
public class AccessProblems {

    private static final String CHALLENGE = "Bearer realm=\"tempora\"";

    @ServerExceptionMapper
    public Response missingToken(UnauthorizedException exception, ContainerRequestContext request) {
        return TenantGate.strangerAnswer(request)
                .orElseGet(() -> challenge(CHALLENGE, "this endpoint needs a bearer token", request.getUriInfo()));
    }

    @ServerExceptionMapper
    public Response invalidToken(AuthenticationFailedException exception, UriInfo uri) {
        return invalidToken("the bearer token is not valid: expired, signed by an unknown key, or for another issuer"
                + " or audience", uri);
    }

    static Response invalidToken(String detail, UriInfo uri) {
        return challenge(CHALLENGE + ", error=\"invalid_token\"", detail, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, ContainerRequestContext request) {
        Optional<Response> stranger = TenantGate.strangerAnswer(request);
        if (stranger.isPresent()) {
            return stranger.get();
        }
        UriInfo uri = request.getUriInfo();
        String detail = exception.getMessage() == null || exception.getMessage().isBlank()
                ? "the token's roles do not allow this"
                : exception.getMessage();
        return ProblemMappers.respond(problem(ProblemType.FORBIDDEN, detail), uri);
    }

    private static Response challenge(String challenge, String detail, UriInfo uri) {
        Response response = ProblemMappers.respond(problem(ProblemType.UNAUTHORIZED, detail), uri);
        response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return response;
    }

    private static Problem problem(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, List.of());
    }
}
