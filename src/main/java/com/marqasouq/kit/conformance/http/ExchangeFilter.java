package com.marqasouq.kit.conformance.http;

import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.marqasouq.kit.conformance.findings.ShapeViolation;
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
    private final OperationIndex operations;
    private FilterableRequestSpecification request;
    private Response response;
    private List<String> requestProblems = List.of();
    private List<ShapeViolation> shape = List.of();

    ExchangeFilter(ContractValidator validator, boolean checkRequest, OperationIndex operations) {
        this.validator = validator;
        this.checkRequest = checkRequest;
        this.operations = operations;
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        this.request = request;
        this.response = ctx.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        OperationIndex.Op op = operations.match(request.getMethod(), path).orElse(null);
        ContractValidator.Validation validation = validator.validate(
                RestAssuredRequest.of(request),
                RestAssuredResponse.of(response),
                checkRequest,
                op == null ? "?" : op.operationId(),
                op == null ? request.getMethod() + " " + path : op.label());
        this.requestProblems = validation.requestProblems();
        // A missing route is one finding of its own, not a shape violation of every answer. An
        // answer that accepts a request the contract refuses is judged by the scenario's checks.
        boolean judgeShape = !Exchanges.routeMissing(response.statusCode(), response.getContentType())
                && (checkRequest || response.statusCode() >= 400);
        this.shape = judgeShape ? validation.shape() : List.of();
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

    List<ShapeViolation> shape() {
        return shape;
    }

    List<String> requestProblems() {
        return requestProblems;
    }
}
