package com.marqasouq.kit.conformance.http;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/** The answer to one call: status, headers and the JSON body, with helpers for assertions. */
public final class ApiResult {
    private final Response response;
    private final Exchange exchange;

    ApiResult(Response response, Exchange exchange) {
        this.response = response;
        this.exchange = exchange;
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

    /** A value at a GPath such as {@code orders[0].id}, or null. */
    public <T> T get(String path) {
        return response.jsonPath().get(path);
    }

    public List<Map<String, Object>> list(String path) {
        List<Map<String, Object>> list = response.jsonPath().getList(path);
        return list == null ? List.of() : list;
    }

    public Exchange exchange() {
        return exchange;
    }
}
