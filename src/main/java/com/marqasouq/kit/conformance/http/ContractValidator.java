package com.marqasouq.kit.conformance.http;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.marqasouq.kit.conformance.findings.ShapeViolation;
import com.marqasouq.kit.conformance.findings.ShapeWording;
import com.marqasouq.kit.contract.Contract;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks requests and responses against the contract (and the sandbox-control spec for
 * /_sandbox routes). A request that breaks the contract is the suite's own fault; an answer that
 * breaks it is a shape violation of the target's operation, in words an Odoo developer can read.
 */
public final class ContractValidator {
    /** What one exchange broke: the suite's request problems, and the answer's shape violations. */
    public record Validation(List<String> requestProblems, List<ShapeViolation> shape) {}

    private static final Pattern INPUT = Pattern.compile("input string \"([^\"]*)\"");
    private static final Pattern OPAQUE_ID = Pattern.compile("^[a-z][a-z0-9]*_[A-Za-z0-9_]+$");

    private final OpenApiInteractionValidator api = build(Contract.marqasouqOdoo(), false);
    private final OpenApiInteractionValidator apiResponsesOnly = build(Contract.marqasouqOdoo(), true);
    private final OpenApiInteractionValidator control = build(Contract.sandboxControl(), false);
    private final OpenApiInteractionValidator controlResponsesOnly = build(Contract.sandboxControl(), true);

    private static OpenApiInteractionValidator build(Contract spec, boolean responsesOnly) {
        // The spec leaves response objects open (OpenAPI's default): a real shop may send more
        // fields than the contract names. The validator would treat them as closed.
        LevelResolver.Builder levels = LevelResolver.create()
                .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE);
        if (responsesOnly) {
            levels.withLevel("validation.request", ValidationReport.Level.IGNORE);
        }
        return OpenApiInteractionValidator.createForInlineApiSpecification(spec.yaml())
                .withLevelResolver(levels.build())
                .build();
    }

    /** An allOf that failed says so and nests the real reason: report the reason, once. */
    private static List<ValidationReport.Message> flatten(List<ValidationReport.Message> messages) {
        List<ValidationReport.Message> flat = new ArrayList<>();
        for (ValidationReport.Message m : messages) {
            if (m.getKey().endsWith(".allOf") && !m.getNestedMessages().isEmpty()) {
                flat.addAll(flatten(m.getNestedMessages()));
            } else {
                flat.add(m);
            }
        }
        return flat;
    }

    /**
     * A request that passes on an id the target gave (a Medusa line item is {@code ordli_…} where
     * the contract's requests say {@code item_…}) is not the suite's fault: ids are opaque (D25).
     */
    private static boolean echoesAnOpaqueId(ValidationReport.Message m) {
        Matcher input = INPUT.matcher(m.getMessage());
        return m.getKey().endsWith(".pattern")
                && input.find()
                && OPAQUE_ID.matcher(input.group(1)).matches();
    }

    /**
     * @param operationId the contract operation the request matched ("?" if none)
     * @param operation "METHOD /path/{template}" of that operation
     */
    public Validation validate(
            Request request, Response response, boolean checkRequest, String operationId, String operation) {
        boolean controlRoute =
                request.getPath().startsWith("/_sandbox") || request.getPath().equals("/health");
        OpenApiInteractionValidator validator = controlRoute
                ? (checkRequest ? control : controlResponsesOnly)
                : (checkRequest ? api : apiResponsesOnly);
        List<String> requestProblems = new ArrayList<>();
        List<ShapeViolation> shape = new ArrayList<>();
        for (ValidationReport.Message m :
                flatten(validator.validate(request, response).getMessages())) {
            if (m.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            if (m.getKey().startsWith("validation.request")) {
                if (!echoesAnOpaqueId(m)) {
                    requestProblems.add(Redactor.text(m.getMessage()) + " [" + m.getKey() + "]");
                }
            } else {
                String pointer = m.getContext()
                        .flatMap(ValidationReport.MessageContext::getPointers)
                        .map(ValidationReport.MessageContext.Pointers::getInstance)
                        .orElse(null);
                shape.add(ShapeWording.violation(
                        operationId,
                        operation,
                        response.getStatus(),
                        m.getKey(),
                        Redactor.text(m.getMessage()),
                        pointer));
            }
        }
        return new Validation(requestProblems, shape);
    }
}
