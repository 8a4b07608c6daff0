package com.marqasouq.kit.conformance.http;

import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Captures the exchange (redacted) and checks it against the contract. */
final class ExchangeFilter implements Filter {
    private final ContractValidator validator;
    private final boolean checkRequest;
    private FilterableRequestSpecification request;
    private Response response;
    private List<String> violations = List.of();

    ExchangeFilter(ContractValidator validator, boolean checkRequest) {
        this.validator = validator;
        this.checkRequest = checkRequest;
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        this.request = request;
        this.response = ctx.next(request, responseSpec);
        this.violations =
                validator.violations(RestAssuredRequest.of(request), RestAssuredResponse.of(response), checkRequest);
        return response;
    }

    Exchange exchange(long durationMs) {
        URI uri = URI.create(request.getURI());
        Map<String, String> requestHeaders = new LinkedHashMap<>();
        for (Header h : request.getHeaders()) {
            requestHeaders.put(h.getName(), Redactor.header(h.getName(), h.getValue()));
        }
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        for (Header h : response.getHeaders()) {
            responseHeaders.put(h.getName(), Redactor.header(h.getName(), h.getValue()));
        }
        Object body = request.getBody();
        return new Exchange(
                request.getMethod(),
                uri.getRawPath(),
                uri.getRawQuery(),
                requestHeaders,
                Redactor.body(body == null ? null : body.toString()),
                response.statusCode(),
                responseHeaders,
                Redactor.body(response.asString()),
                durationMs);
    }

    void failOnViolations(String method, String path) {
        if (!violations.isEmpty()) {
            throw new AssertionError("The exchange " + method + " " + path + " (status " + response.statusCode()
                    + ") does not match the contract:\n  - " + String.join("\n  - ", violations));
        }
    }
}
