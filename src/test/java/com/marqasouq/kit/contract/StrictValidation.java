package com.marqasouq.kit.contract;

import static com.atlassian.oai.validator.report.ValidationReport.Level.ERROR;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;

/** swagger-request-validator set up so that every deviation from the spec is an error. */
final class StrictValidation {

    private static OpenApiInteractionValidator interactions;
    private static SchemaValidator schemas;

    private StrictValidation() {}

    static LevelResolver levels() {
        return LevelResolver.create()
                // Schema, type, required, enum and format checks (and all others) are errors.
                .withDefaultLevel(ERROR)
                // The library ignores undeclared query parameters by default. The sandbox ignores
                // them too (D5), but a document example that uses one means the spec misses it.
                .withLevel("validation.request.parameter.query.unexpected", ERROR)
                // Not ignored, the library treats objects without `additionalProperties` as closed,
                // so a field that the document shows and the spec lacks is reported.
                .withLevel("validation.schema.additionalProperties", ERROR)
                .build();
    }

    /** Checks whole requests (path, query, headers, body) and responses (status, body). */
    static synchronized OpenApiInteractionValidator interactions() {
        if (interactions == null) {
            interactions = OpenApiInteractionValidator.createForInlineApiSpecification(
                            ContractSpec.read(ContractSpec.MAIN))
                    .withLevelResolver(levels())
                    .build();
        }
        return interactions;
    }

    /** Checks a JSON value against one named component schema (webhook payloads, the error format). */
    static ValidationReport againstComponent(String json, String componentName) {
        Schema<?> ref = new Schema<>().$ref("#/components/schemas/" + componentName);
        return schemas().validate(json, ref, "component." + componentName);
    }

    private static synchronized SchemaValidator schemas() {
        if (schemas == null) {
            // Same library as the interaction validator: it understands OpenAPI 3.0 `nullable`.
            schemas = new SchemaValidator(ContractSpec.main(), new MessageResolver(levels()));
        }
        return schemas;
    }

    /** The report's errors, nested ones included (a failed oneOf explains itself there). */
    static List<String> errors(ValidationReport report) {
        List<String> lines = new ArrayList<>();
        report.getMessages().forEach(m -> collect(m, "", lines));
        return lines;
    }

    private static void collect(ValidationReport.Message message, String indent, List<String> lines) {
        if (message.getLevel() != ERROR) {
            return;
        }
        String parameter = message.getContext()
                .flatMap(ValidationReport.MessageContext::getParameter)
                .map(Parameter::getName)
                .map(name -> "parameter '" + name + "': ")
                .orElse("");
        lines.add(indent + message.getKey() + ": " + parameter + message.getMessage()
                + (message.getAdditionalInfo().isEmpty() ? "" : " " + message.getAdditionalInfo()));
        message.getNestedMessages().forEach(nested -> collect(nested, indent + "    ", lines));
    }
}
