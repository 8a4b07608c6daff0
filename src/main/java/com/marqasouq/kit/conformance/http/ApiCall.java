package com.marqasouq.kit.conformance.http;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** One request being built: path, query, body, token; {@link #send()} checks it against the contract. */
public final class ApiCall {
    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 10_000)
                    .setParam("http.socket.timeout", 30_000));

    private final String baseUrl;
    private final String method;
    private final String path;
    private final ContractValidator validator;
    private final Consumer<ApiResult> recorder;
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String body;
    private boolean checkRequest = true;

    ApiCall(
            String baseUrl,
            String method,
            String path,
            String token,
            ContractValidator validator,
            Consumer<ApiResult> recorder) {
        this.baseUrl = baseUrl;
        this.method = method;
        this.path = path;
        this.validator = validator;
        this.recorder = recorder;
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
    }

    public ApiCall query(String name, Object value) {
        query.put(name, String.valueOf(value));
        return this;
    }

    public ApiCall header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Sends no Authorization header at all. */
    public ApiCall withoutToken() {
        headers.remove("Authorization");
        return this;
    }

    public ApiCall body(String json) {
        this.body = json;
        return this;
    }

    /** The request breaks the contract on purpose: only the response is checked. */
    public ApiCall deliberatelyInvalid() {
        this.checkRequest = false;
        return this;
    }

    public ApiResult send() {
        RequestSpecification spec =
                RestAssured.given().config(CONFIG).baseUri(baseUrl).urlEncodingEnabled(true);
        headers.forEach((name, value) -> spec.header(new Header(name, value)));
        query.forEach(spec::queryParam);
        if (body != null) {
            spec.contentType(ContentType.JSON).body(body);
        }
        ExchangeFilter filter = new ExchangeFilter(validator, checkRequest);
        spec.filter(filter);
        long started = System.nanoTime();
        Response response = spec.request(method, path);
        long ms = (System.nanoTime() - started) / 1_000_000;
        ApiResult result = new ApiResult(response, filter.exchange(ms));
        recorder.accept(result);
        filter.failOnViolations(method, path);
        return result;
    }
}
