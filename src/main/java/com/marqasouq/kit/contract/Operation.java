package com.marqasouq.kit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One operation of a {@link Contract}: a method on a path, with its parameters and responses. */
public final class Operation {

    private final Contract contract;
    private final String path;
    private final String method;
    private final JsonNode pathItem;
    private final JsonNode node;

    Operation(Contract contract, String path, String method, JsonNode pathItem, JsonNode node) {
        this.contract = contract;
        this.path = path;
        this.method = method;
        this.pathItem = pathItem;
        this.node = node;
    }

    /** {@code operationId}, e.g. {@code getOrder}. */
    public String id() {
        return node.path("operationId").asText();
    }

    /** The path template, e.g. {@code /admin/orders/{order_id}}. */
    public String path() {
        return path;
    }

    /** The HTTP method in upper case, e.g. {@code GET}. */
    public String method() {
        return method.toUpperCase(Locale.ROOT);
    }

    /** The operation's own node in the tree. */
    public JsonNode node() {
        return node;
    }

    /** True unless the operation, or the document for operations that say nothing, sets {@code security: []}. */
    public boolean isSecured() {
        JsonNode security =
                node.has("security") ? node.get("security") : contract.tree().path("security");
        return security.isArray() && security.size() > 0;
    }

    /**
     * The section of the API document the operation comes from ({@code x-document-section}, e.g.
     * {@code 3.5}); null when the spec names none (the sandbox's control API).
     */
    public String documentSection() {
        JsonNode section = node.path("x-document-section");
        return section.isMissingNode() || section.isNull() ? null : section.asText();
    }

    /** Path-item and operation parameters, {@code $ref}s resolved; the operation's win on the same name and place. */
    public List<Parameter> parameters() {
        Map<String, Parameter> byKey = new LinkedHashMap<>();
        for (JsonNode source : List.of(pathItem.path("parameters"), node.path("parameters"))) {
            for (JsonNode parameter : source) {
                Parameter resolved = Parameter.of(contract.resolve(parameter));
                byKey.put(resolved.in() + ":" + resolved.name(), resolved);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** The response status keys ({@code 200}, {@code 404}, {@code default}), in document order. */
    public List<String> statuses() {
        return List.copyOf(responses().keySet());
    }

    /** Whether the operation takes a request body. */
    public boolean hasRequestBody() {
        return node.has("requestBody");
    }

    /** The responses by status key ({@code 200}, {@code 404}, {@code default}), in document order, {@code $ref}s resolved. */
    public Map<String, JsonNode> responses() {
        Map<String, JsonNode> responses = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.path("responses").properties()) {
            responses.put(entry.getKey(), contract.resolve(entry.getValue()));
        }
        return responses;
    }

    /** The contract this operation belongs to. */
    public Contract contract() {
        return contract;
    }

    @Override
    public String toString() {
        return method() + " " + path + " (" + id() + ")";
    }
}
