package com.marqasouq.kit.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * openapi-diff compares {@code paths} only. So that webhook payloads are compared too, each
 * webhook of {@code x-webhooks} (3.0) or {@code webhooks} (3.1) is added as a pseudo-operation
 * whose 200 response is the payload: the shop sends it and Odoo reads it, as with a response, so
 * openapi-diff's rules for responses are the right ones for a receiver.
 */
final class WebhookOperations {

    static final String PATH_PREFIX = "/(webhook)/";

    private WebhookOperations() {}

    /** A copy of {@code document} with one {@code GET /(webhook)/<event>} per webhook. */
    static ObjectNode addTo(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        JsonNode webhooks = copy.has("webhooks") ? copy.get("webhooks") : copy.path("x-webhooks");
        ObjectNode paths = copy.has("paths") ? (ObjectNode) copy.get("paths") : copy.putObject("paths");
        for (Map.Entry<String, JsonNode> webhook : webhooks.properties()) {
            JsonNode post = webhook.getValue().path("post");
            ObjectNode get = paths.putObject(PATH_PREFIX + webhook.getKey()).putObject("get");
            get.set("operationId", post.path("operationId"));
            get.put("summary", "Payload of " + webhook.getKey());
            ObjectNode ok = get.putObject("responses").putObject("200");
            ok.put("description", "The payload the shop sends");
            ok.set("content", post.path("requestBody").path("content").deepCopy());
        }
        return copy;
    }

    /** {@code webhook order.placed} for a pseudo-operation, else the operation as it is. */
    static String display(String operation) {
        int at = operation.indexOf(PATH_PREFIX);
        return at < 0 ? operation : "webhook " + operation.substring(at + PATH_PREFIX.length());
    }

    /** The event name of a pseudo-operation, else {@code null}. */
    static String event(String operation) {
        int at = operation.indexOf(PATH_PREFIX);
        return at < 0 ? null : operation.substring(at + PATH_PREFIX.length());
    }
}
