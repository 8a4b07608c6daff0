package com.marqasouq.kit.conformance.http;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks requests and responses against the contract (and the sandbox-control spec for
 * /_sandbox routes) and turns violations into messages an Odoo developer can read.
 */
public final class ContractValidator {
    public static final String API_SPEC = "openapi/marqasouq-odoo.yaml";
    public static final String CONTROL_SPEC = "openapi/sandbox-control.yaml";

    private final OpenApiInteractionValidator api = build(API_SPEC, false);
    private final OpenApiInteractionValidator apiResponsesOnly = build(API_SPEC, true);
    private final OpenApiInteractionValidator control = build(CONTROL_SPEC, false);
    private final OpenApiInteractionValidator controlResponsesOnly = build(CONTROL_SPEC, true);

    private static OpenApiInteractionValidator build(String spec, boolean responsesOnly) {
        // The spec leaves response objects open (OpenAPI's default): a real shop may send more
        // fields than the contract names. The validator would treat them as closed; explicit
        // additionalProperties: false (the request bodies) is still enforced.
        LevelResolver.Builder levels = LevelResolver.create()
                .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE);
        if (responsesOnly) {
            levels.withLevel("validation.request", ValidationReport.Level.IGNORE);
        }
        return OpenApiInteractionValidator.createFor(spec)
                .withLevelResolver(levels.build())
                .build();
    }

    /** Violations of the exchange, empty when it conforms. */
    public List<String> violations(Request request, Response response, boolean checkRequest) {
        boolean controlRoute =
                request.getPath().startsWith("/_sandbox") || request.getPath().equals("/health");
        OpenApiInteractionValidator validator = controlRoute
                ? (checkRequest ? control : controlResponsesOnly)
                : (checkRequest ? api : apiResponsesOnly);
        ValidationReport report = validator.validate(request, response);
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ContractValidator::describe)
                .collect(Collectors.toList());
    }

    private static String describe(ValidationReport.Message message) {
        String where = message.getContext()
                .flatMap(c -> c.getLocation().map(Object::toString))
                .orElse("");
        String text = Redactor.text(message.getMessage());
        return (where.isEmpty() ? "" : where.toLowerCase() + ": ") + text + " [" + message.getKey() + "]";
    }
}
