package com.marqasouq.kit.conformance.webhook;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.WebhookEvent;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The payload schemas of the contract's webhook events (docs/decisions.md#d20), checked with the
 * same schema validator as the API's bodies, so that {@code nullable} and formats mean the same
 * thing. The events and their schemas come from the {@link Contract} model.
 */
public final class WebhookSchemas {
    private static final WebhookSchemas CONTRACT = of(Contract.marqasouqOdoo(), true);

    private final Map<String, WebhookEvent> events = new LinkedHashMap<>();
    private final SchemaValidator validator;

    private WebhookSchemas(Contract contract, boolean openObjects) {
        contract.webhookEvents().forEach(event -> events.put(event.name(), event));
        MessageResolver messages = openObjects
                ? new MessageResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        .build())
                : new MessageResolver();
        this.validator = new SchemaValidator(
                new OpenAPIV3Parser().readContents(contract.yaml()).getOpenAPI(), messages);
    }

    /**
     * The contract's payloads as the suite reads a target's: like the API's answers, objects are
     * open, since a target may send fields the contract does not name (docs/decisions.md#d25).
     */
    public static WebhookSchemas contract() {
        return CONTRACT;
    }

    /** The payloads of {@code contract}; {@code openObjects} ignores fields its schemas do not name. */
    public static WebhookSchemas of(Contract contract, boolean openObjects) {
        return new WebhookSchemas(contract, openObjects);
    }

    /** The events, in the contract's order. */
    public Set<String> events() {
        return events.keySet();
    }

    /** The schema violations of {@code body} as the payload of {@code event}; empty when it conforms. */
    public List<String> problems(String event, String body) {
        ValidationReport report = validator.validate(body, schemaOf(event), "webhook." + event);
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getMessage)
                .toList();
    }

    private Schema<?> schemaOf(String event) {
        WebhookEvent known = events.get(event);
        if (known == null) {
            throw new IllegalArgumentException(event + " is not an event of x-webhooks in the contract");
        }
        return new Schema<>().$ref(known.payloadRef());
    }
}
