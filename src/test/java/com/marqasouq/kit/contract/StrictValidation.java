package com.marqasouq.kit.contract;

import static com.atlassian.oai.validator.report.ValidationReport.Level.ERROR;
import static com.atlassian.oai.validator.report.ValidationReport.Level.IGNORE;

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

    /**
     * The document examples' check: objects without {@code additionalProperties} are closed too,
     * so that a field the document shows and the spec lacks is reported.
     */
    static final StrictValidation CLOSED_OBJECTS = new StrictValidation(ERROR);

    /**
     * The contract as OpenAPI defines it, and as D25 reads answers: an object without
     * {@code additionalProperties} may carry further properties. An explicit
     * {@code additionalProperties: false} (every request body) is still enforced.
     */
    static final StrictValidation OPEN_OBJECTS = new StrictValidation(IGNORE);

    private final ValidationReport.Level undeclaredProperties;
    private OpenApiInteractionValidator interactions;
    private SchemaValidator schemas;

    private StrictValidation(ValidationReport.Level undeclaredProperties) {
        this.undeclaredProperties = undeclaredProperties;
    }

    private LevelResolver levels() {
        return LevelResolver.create()
                // Schema, type, required, enum and format checks (and all others) are errors.
                .withDefaultLevel(ERROR)
                // The library ignores undeclared query parameters by default. The sandbox ignores
                // them too (D5), but a document example that uses one means the spec misses it.
                .withLevel("validation.request.parameter.query.unexpected", ERROR)
                .withLevel("validation.schema.additionalProperties", undeclaredProperties)
                .build();
    }

    /** Checks whole requests (path, query, headers, body) and responses (status, body). */
    synchronized OpenApiInteractionValidator interactions() {
        if (interactions == null) {
            interactions = OpenApiInteractionValidator.createForInlineApiSpecification(
                            ContractSpec.read(ContractSpec.MAIN))
                    .withLevelResolver(levels())
                    .build();
        }
        return interactions;
    }

    /** Checks a JSON value against one named component schema (webhook payloads, the error format). */
    ValidationReport againstComponent(String json, String componentName) {
        Schema<?> ref = new Schema<>().$ref("#/components/schemas/" + componentName);
        return schemas().validate(json, ref, "component." + componentName);
    }

    private synchronized SchemaValidator schemas() {
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
