package io.tempora.localstack;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * For tests of behaviour rather than access: a REST Assured request that brings no
 * Authorization header gets the token of an owner of the organization in its path (the
 * platform's for {@code /v1/organizations} itself), as the people who run a practice would send.
 * Tests of access send their own tokens, or none with {@code given().noFilters()}.
 */
public final class ActingAsOwner implements Filter {

    private final TokenIssuer tokens;

    public ActingAsOwner(TokenIssuer tokens) {
        this.tokens = tokens;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + tokens.ownerOf(request.getURI()));
        }
        return context.next(request, response);
    }
}
