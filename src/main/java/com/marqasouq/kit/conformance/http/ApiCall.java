package com.marqasouq.kit.conformance.http;

import com.marqasouq.kit.conformance.findings.SuiteDefect;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** One request being built: path, query, body, token; {@link #send()} checks it against the contract. */
public final class ApiCall {
    private static final String LOGIN = "/auth/user/emailpass";
    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 10_000)
                    .setParam("http.socket.timeout", 30_000))
            // The document requires exactly "Content-Type: application/json" on every request.
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private final String baseUrl;
    private final String method;
    private final String path;
    private final ApiClient client;
    private final Consumer<ApiResult> recorder;
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String body;
    private boolean checkRequest = true;

    ApiCall(String baseUrl, String method, String path, String token, ApiClient client, Consumer<ApiResult> recorder) {
        this.baseUrl = baseUrl;
        this.method = method;
        this.path = path;
        this.client = client;
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

    /** A read, or the login: the only requests a read-only scenario may send. */
    boolean readsOnly() {
        return method.equals("GET") || method.equals("HEAD") || (method.equals("POST") && path.equals(LOGIN));
    }

    public ApiResult send() {
        if (client.readOnly() && !readsOnly()) {
            throw new SuiteDefect("this scenario is tagged @readonly but tried to send " + method + " " + path
                    + "; a @readonly scenario may only read (GET, HEAD) and log in");
        }
        RequestSpecification spec =
                RestAssured.given().config(CONFIG).baseUri(baseUrl).urlEncodingEnabled(true);
        spec.contentType("application/json");
        headers.forEach((name, value) -> spec.header(new Header(name, value)));
        query.forEach(spec::queryParam);
        if (body != null) {
            spec.body(body);
        }
        ExchangeFilter filter = new ExchangeFilter(client.validator(), checkRequest, ApiClient.operations());
        spec.filter(filter);
        long started = System.nanoTime();
        Response response = spec.request(method, path);
        long ms = (System.nanoTime() - started) / 1_000_000;
        ApiResult result = new ApiResult(response, filter.exchange(ms), filter.shape());
        recorder.accept(result);
        if (!filter.requestProblems().isEmpty()) {
            throw new SuiteDefect("the suite's request " + method + " " + path + " breaks the contract: "
                    + String.join("; ", filter.requestProblems()));
        }
        return result;
    }
}
