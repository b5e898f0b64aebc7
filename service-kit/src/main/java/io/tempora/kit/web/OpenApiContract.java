package io.tempora.kit.web;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.tempora.kit.problem.Problem;

/**
 * What every service's OpenAPI document promises beyond its annotations, so that generated clients
 * know it: every error answer is an {@code application/problem+json} {@code Problem}; every
 * operation may answer a 4xx problem (an invalid field, a missing token, an unknown id); and an
 * operation without a required role is open to anonymous callers and to callers with a token
 * (which may change the answer: a client sees their own). Registered as {@code mp.openapi.filter}.
 */
public class OpenApiContract implements OASFilter {

    private static final String PROBLEM = "Problem";
    private static final String SECURITY_SCHEME = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components.addSchema(PROBLEM, problemSchema()));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(this::complete));
    }

    private void complete(Operation operation) {
        if (operation.getSecurity() == null) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME)));
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (responses.getAPIResponses() == null || responses.getAPIResponses().keySet().stream().noneMatch(code -> code.startsWith("4"))) {
            responses.addAPIResponse("4XX", OASFactory.createAPIResponse()
                    .description("A problem: the field at fault, a missing or refused token, an unknown id"));
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if ((response.getKey().startsWith("4") || response.getKey().startsWith("5")) && response.getValue().getContent() == null) {
                response.getValue().setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
            }
        }
    }

    /** RFC 9457 problem details as every service answers them (docs/api.md). */
    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An error (RFC 9457), with each offending field named in `errors`; some problems add members, "
                        + "such as `conflicts` for a slot that cannot be booked")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("field", text)
                                .addProperty("message", text)
                                .required(List.of("field", "message"))))
                .required(List.of("type", "title", "status"));
    }
}
