package com.marqasouq.kit.contract;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One parameter of an operation or a webhook, its {@code $ref} followed.
 *
 * @param name     e.g. {@code order_id}, {@code created_at[gte]}
 * @param in       {@code path}, {@code query} or {@code header}
 * @param required whether the spec marks it required
 * @param node     the parameter's node in the spec, for its schema and examples
 */
public record Parameter(String name, String in, boolean required, JsonNode node) {

    static Parameter of(JsonNode resolved) {
        return new Parameter(
                resolved.path("name").asText(),
                resolved.path("in").asText(),
                resolved.path("required").asBoolean(false),
                resolved);
    }

    public boolean inPath() {
        return "path".equals(in);
    }

    public boolean inQuery() {
        return "query".equals(in);
    }

    public boolean inHeader() {
        return "header".equals(in);
    }
}
