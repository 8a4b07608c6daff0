package com.marqasouq.kit.conformance.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.marqasouq.kit.conformance.findings.ShapeViolation;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/** The answer to one call: status, headers and the JSON body, with helpers for assertions. */
public final class ApiResult {
    private final Response response;
    private final Exchange exchange;
    private final List<ShapeViolation> shape;
    private JsonNode json;
    private boolean parsed;

    ApiResult(Response response, Exchange exchange, List<ShapeViolation> shape) {
        this.response = response;
        this.exchange = exchange;
        this.shape = List.copyOf(shape);
    }

    /** How the answer breaks its response schema; empty when it conforms. */
    public List<ShapeViolation> shape() {
        return shape;
    }

    /** The message of the target's error body, or null. */
    public String targetMessage() {
        return exchange.targetMessage();
    }

    public int status() {
        return response.statusCode();
    }

    public String header(String name) {
        return response.header(name);
    }

    public String body() {
        return exchange.responseBody();
    }

    /** A value at a path such as {@code orders[0].id}, or null (also when the body is not JSON). */
    @SuppressWarnings("unchecked")
    public <T> T get(String path) {
        JsonNode root = json();
        return root == null ? null : (T) JsonFields.at(root, path);
    }

    /** The objects of the list at {@code path}; empty when there is none. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> list(String path) {
        Object value = get(path);
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    private synchronized JsonNode json() {
        if (!parsed) {
            json = Exchanges.isJson(exchange.contentType()) ? JsonFields.parse(response.asString()) : null;
            parsed = true;
        }
        return json;
    }

    public Exchange exchange() {
        return exchange;
    }
}
