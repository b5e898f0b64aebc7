package io.tempora.kit.input;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.tempora.kit.problem.InvalidParameterException;

/**
 * Path and query parameters follow the same text rule as bodies ({@link InputRules}): a control
 * character in any of them is a 400 naming the parameter, before any endpoint runs.
 */
public class CleanParameters {

    @ServerRequestFilter
    public void refuseControlCharacters(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters());
        check(request.getUriInfo().getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (InputRules.hasForbiddenCharacter(parameter.getKey(), false)) {
                throw new InvalidParameterException("parameter", parameter.getKey(), "a parameter name "
                        + InputRules.TEXT_RULE);
            }
            for (String value : parameter.getValue()) {
                if (InputRules.hasForbiddenCharacter(value, false)) {
                    throw new InvalidParameterException(parameter.getKey(), value, InputRules.TEXT_RULE);
                }
            }
        }
    }
}
