package com.marqasouq.kit.conformance.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** One webhook delivery as the receiver got it: the headers that sign it and the raw body. */
public record ReceivedWebhook(Map<String, String> headers, String body, JsonNode json) {

    public String event() {
        return json != null && json.hasNonNull("event") ? json.get("event").asText() : null;
    }

    public JsonNode data() {
        return json == null ? null : json.get("data");
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
