package com.marqasouq.kit.contract.stubs;

import com.fasterxml.jackson.databind.JsonNode;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.Operation;
import com.marqasouq.kit.contract.Parameter;
import java.util.Iterator;

/** Concrete requests for an operation, taken from the spec: path values and a request body. */
final class ExampleRequests {

    private ExampleRequests() {}

    /**
     * The operation's path with each {@code {param}} replaced by the parameter's {@code example}
     * (or its schema's), else by its pattern's literal prefix followed by {@code 01TEST}.
     */
    static String path(Operation operation) {
        String path = operation.path();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.inPath()) {
                path = path.replace("{" + parameter.name() + "}", value(operation.contract(), parameter.node()));
            }
        }
        return path;
    }

    /** The first example of the JSON request body, or null if the operation takes no body. */
    static String body(Operation operation) {
        Contract contract = operation.contract();
        JsonNode requestBody = operation.node().path("requestBody");
        if (requestBody.isMissingNode()) {
            return null;
        }
        JsonNode media = contract.resolve(requestBody).path("content").path("application/json");
        Iterator<JsonNode> examples = media.path("examples").elements();
        if (examples.hasNext()) {
            return contract.resolve(examples.next()).path("value").toString();
        }
        return media.has("example") ? media.get("example").toString() : "{}";
    }

    private static String value(Contract contract, JsonNode parameter) {
        JsonNode schema = contract.resolve(parameter.path("schema"));
        if (parameter.has("example")) {
            return parameter.get("example").asText();
        }
        if (schema.has("example")) {
            return schema.get("example").asText();
        }
        String pattern = Regex.unanchored(schema.path("pattern").asText(""));
        int prefix = 0;
        while (prefix < pattern.length()
                && (Character.isLetterOrDigit(pattern.charAt(prefix)) || pattern.charAt(prefix) == '_')) {
            prefix++;
        }
        return pattern.substring(0, prefix) + "01TEST";
    }
}
