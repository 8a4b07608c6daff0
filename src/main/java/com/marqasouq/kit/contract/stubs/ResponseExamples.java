package com.marqasouq.kit.contract.stubs;

import com.fasterxml.jackson.databind.JsonNode;
import com.marqasouq.kit.contract.Contract;
import java.util.LinkedHashMap;
import java.util.Map;

/** The named examples of a response's {@code application/json} content, in document order. */
final class ResponseExamples {

    static final String MEDIA_TYPE = "application/json";

    private ResponseExamples() {}

    static boolean hasContent(JsonNode response) {
        return response.path("content").has(MEDIA_TYPE);
    }

    /** {@code examples} by name, or the single {@code example} under the name {@code example}. */
    static Map<String, JsonNode> of(Contract contract, JsonNode response) {
        JsonNode media = response.path("content").path(MEDIA_TYPE);
        Map<String, JsonNode> examples = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : media.path("examples").properties()) {
            JsonNode example = contract.resolve(entry.getValue());
            if (!example.has("value")) {
                throw new IllegalStateException(
                        "Example '" + entry.getKey() + "' has no inline value (externalValue is not supported)");
            }
            examples.put(entry.getKey(), example.get("value"));
        }
        if (examples.isEmpty() && media.has("example")) {
            examples.put("example", media.get("example"));
        }
        return examples;
    }
}
