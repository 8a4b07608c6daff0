package com.marqasouq.kit.conformance.http;

import com.marqasouq.kit.conformance.findings.ShapeViolation;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/** The answer to one call: status, headers and the JSON body, with helpers for assertions. */
public final class ApiResult {
    private final Response response;
    private final Exchange exchange;
    private final List<ShapeViolation> shape;

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

    public JsonPath json() {
        return response.jsonPath();
    }

    /** A value at a GPath such as {@code orders[0].id}, or null (also when the body is not JSON). */
    public <T> T get(String path) {
        if (!Exchanges.isJson(exchange.contentType())) {
            return null;
        }
        return response.jsonPath().get(path);
    }

    public List<Map<String, Object>> list(String path) {
        if (!Exchanges.isJson(exchange.contentType())) {
            return List.of();
        }
        List<Map<String, Object>> list = response.jsonPath().getList(path);
        return list == null ? List.of() : list;
    }

    public Exchange exchange() {
        return exchange;
    }
}
