package io.tempora.kit.security;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
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
    public Response missingToken(UnauthorizedException exception, UriInfo uri) {
        return challenge(CHALLENGE, "this endpoint needs a bearer token", uri);
    }

    @ServerExceptionMapper
    public Response invalidToken(AuthenticationFailedException exception, UriInfo uri) {
        return challenge(CHALLENGE + ", error=\"invalid_token\"",
                "the bearer token is not valid: expired, signed by an unknown key, or for another issuer or audience",
                uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri) {
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
