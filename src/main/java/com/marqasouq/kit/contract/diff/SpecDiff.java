package com.marqasouq.kit.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.marqasouq.kit.contract.JsonText;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openapitools.openapidiff.core.compare.OpenApiDiff;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Compares two versions of the contract with openapi-diff, in both directions. openapi-diff
 * judges changes from a client's side: can a client of the old version fail against the new one?
 * The reverse comparison answers the same question for a client of the new version against an
 * implementation of the old one, which is exactly whether the old implementation still
 * conforms; so each change gets both verdicts from the library, none from here.
 */
public final class SpecDiff {

    /** openapi-diff leaves this rule off by default; a wider range in a response can break a client. */
    private static final OpenApiDiffOptions OPTIONS = OpenApiDiffOptions.builder()
            .configProperty("incompatible.response.numeric.range.increased", "true")
            .build();

    private SpecDiff() {}

    public static SpecComparison compare(JsonNode oldDocument, JsonNode newDocument) {
        if (oldDocument.equals(newDocument)) {
            return new SpecComparison(version(oldDocument), version(newDocument), List.of(), "No changes.\n");
        }
        Map<String, String> operationIds = new HashMap<>();
        operationIds.putAll(operationIds(oldDocument));
        operationIds.putAll(operationIds(newDocument));
        ChangedOpenApi forward = OpenApiDiff.compare(parse(oldDocument, "old"), parse(newDocument, "new"), OPTIONS);
        ChangedOpenApi reverse = OpenApiDiff.compare(parse(newDocument, "new"), parse(oldDocument, "old"), OPTIONS);
        Map<String, Leaf> forClients = ChangeCollector.collect(forward);
        Map<String, Leaf> forImplementations = ChangeCollector.collect(reverse);

        Map<String, SpecChange> changes = new LinkedHashMap<>();
        forClients.forEach((key, leaf) -> {
            Leaf mirror = forImplementations.get(key);
            changes.put(key, change(leaf, leaf.breaking(), mirror != null && mirror.breaking(), operationIds));
        });
        forImplementations.forEach((key, mirror) -> {
            if (!changes.containsKey(key)) {
                changes.put(key, change(mirror, false, mirror.breaking(), operationIds));
            }
        });
        return new SpecComparison(
                version(oldDocument), version(newDocument), new ArrayList<>(changes.values()), markdown(forward));
    }

    private static SpecChange change(Leaf leaf, boolean clients, boolean implementations, Map<String, String> ids) {
        return new SpecChange(
                WebhookOperations.display(leaf.operation()),
                ids.getOrDefault(leaf.operation(), ""),
                WebhookOperations.event(leaf.operation()),
                leaf.location(),
                leaf.what(),
                clients,
                implementations);
    }

    private static OpenAPI parse(JsonNode document, String which) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        String json = JsonText.pretty(WebhookOperations.addTo(document));
        SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalArgumentException("Cannot read the " + which + " spec: " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    /** {@code GET /odoo/orders} → {@code listOdooOrders}, webhooks included. */
    static Map<String, String> operationIds(JsonNode document) {
        Map<String, String> ids = new HashMap<>();
        for (Map.Entry<String, JsonNode> path :
                WebhookOperations.addTo(document).path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode id = method.getValue().path("operationId");
                if (id.isTextual()) {
                    ids.put(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), id.asText());
                }
            }
        }
        return ids;
    }

    private static String version(JsonNode document) {
        return document.path("info").path("version").asText("");
    }

    private static String markdown(ChangedOpenApi diff) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        new MarkdownRender().render(diff, writer);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
