package com.marqasouq.kit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The spec's {@code x-webhooks} section (OpenAPI 3.0 has no {@code webhooks}, D20). */
final class Webhooks {

    static final String COMPONENT_PREFIX = "#/components/schemas/";

    private Webhooks() {}

    static JsonNode section() {
        return new ObjectMapper()
                .valueToTree(ContractSpec.main().getExtensions().get("x-webhooks"));
    }

    /** The name of the component schema that the event's POST body refers to. */
    static String payloadSchema(String event) {
        String ref = section()
                .path(event)
                .path("post")
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asText();
        if (!ref.startsWith(COMPONENT_PREFIX)) {
            throw new IllegalStateException("x-webhooks." + event + " has no payload schema reference: '" + ref + "'");
        }
        return ref.substring(COMPONENT_PREFIX.length());
    }
}
