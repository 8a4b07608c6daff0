package com.marqasouq.kit.sandbox.webhook;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.marqasouq.kit.sandbox.StrictReading;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.List;
import java.util.Map;

/**
 * The payload schemas of the contract's {@code x-webhooks} (D20), read as the sandbox sends them
 * ({@link StrictReading}) and checked as the API's bodies are.
 */
final class WebhookSchemas {
    private static final OpenAPI API =
            new OpenAPIV3Parser().readContents(StrictReading.json()).getOpenAPI();
    private static final SchemaValidator VALIDATOR = new SchemaValidator(API, new MessageResolver());

    private WebhookSchemas() {}

    /** The schema violations of {@code body} as the payload of {@code event}; empty when it conforms. */
    static List<String> problems(String event, String body) {
        ValidationReport report = VALIDATOR.validate(body, schemaOf(event), "webhook." + event);
        return report.getMessages().stream()
                .map(ValidationReport.Message::getMessage)
                .toList();
    }

    @SuppressWarnings("unchecked")
    static Schema<?> schemaOf(String event) {
        Map<String, Object> webhooks = (Map<String, Object>) API.getExtensions().get("x-webhooks");
        Map<String, Object> hook = (Map<String, Object>) webhooks.get(event);
        if (hook == null) {
            throw new AssertionError(event + " is not in x-webhooks of the contract");
        }
        Map<String, Object> post = (Map<String, Object>) hook.get("post");
        Map<String, Object> body = (Map<String, Object>) post.get("requestBody");
        Map<String, Object> content =
                (Map<String, Object>) ((Map<String, Object>) body.get("content")).get("application/json");
        String ref = (String) ((Map<String, Object>) content.get("schema")).get("$ref");
        return new Schema<>().$ref(ref);
    }
}
