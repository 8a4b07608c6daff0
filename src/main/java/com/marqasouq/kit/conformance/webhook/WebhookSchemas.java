package com.marqasouq.kit.conformance.webhook;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.marqasouq.kit.conformance.http.ContractValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The payload schemas of the contract's {@code x-webhooks} (D20), checked with the same schema
 * validator as the API's bodies, so that {@code nullable} and formats mean the same thing.
 */
public final class WebhookSchemas {
    private static final OpenAPI API = new OpenAPIV3Parser().read(ContractValidator.API_SPEC);
    // As for the API's responses, objects are open: a target may send fields the contract does not name.
    private static final SchemaValidator VALIDATOR = new SchemaValidator(
            API,
            new MessageResolver(LevelResolver.create()
                    .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
                    .build()));

    private WebhookSchemas() {}

    /** The events of {@code x-webhooks}, in the contract's order. */
    public static Set<String> events() {
        return webhooks().keySet();
    }

    /** The schema violations of {@code body} as the payload of {@code event}; empty when it conforms. */
    public static List<String> problems(String event, String body) {
        ValidationReport report = VALIDATOR.validate(body, schemaOf(event), "webhook." + event);
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getMessage)
                .toList();
    }

    @SuppressWarnings("unchecked")
    static Schema<?> schemaOf(String event) {
        Map<String, Object> hook = (Map<String, Object>) webhooks().get(event);
        if (hook == null) {
            throw new IllegalArgumentException(event + " is not an event of x-webhooks in the contract");
        }
        Map<String, Object> body = (Map<String, Object>) ((Map<String, Object>) hook.get("post")).get("requestBody");
        Map<String, Object> json =
                (Map<String, Object>) ((Map<String, Object>) body.get("content")).get("application/json");
        return new Schema<>().$ref((String) ((Map<String, Object>) json.get("schema")).get("$ref"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> webhooks() {
        return (Map<String, Object>) API.getExtensions().get("x-webhooks");
    }
}
