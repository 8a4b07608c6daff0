package com.marqasouq.kit.contract;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Validates a document example, with a body of the caller's choice, against the spec. */
final class ExampleValidator {

    /** Any well-formed bearer token: the spec checks that one is sent, not what it holds. */
    static final String BEARER = "Bearer x.y.z";

    private ExampleValidator() {}

    /** As the document examples are checked: objects without additionalProperties are closed. */
    static ValidationReport validate(DocumentExample example, String body) {
        return validate(StrictValidation.CLOSED_OBJECTS, example, body);
    }

    static ValidationReport validate(StrictValidation reading, DocumentExample example, String body) {
        return switch (example.kind()) {
            case "request" -> reading.interactions().validateRequest(request(example, body));
            case "response" ->
                reading.interactions()
                        .validateResponse(
                                example.path(), Request.Method.valueOf(example.method()), response(example, body));
            case "webhook" -> reading.againstComponent(body, Webhooks.payloadSchema(example.event()));
            // Section 7 shows a template, not a real error: only its shape is checked (D23).
            case "error-template" -> reading.againstComponent(body, "ErrorResponse");
            default -> throw new IllegalArgumentException("unknown kind in " + example);
        };
    }

    private static SimpleRequest request(DocumentExample example, String body) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(example.method(), example.path());
        if (example.query() != null) {
            for (String pair : example.query().split("&")) {
                int eq = pair.indexOf('=');
                builder.withQueryParam(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        if (needsToken(example)) {
            builder.withAuthorization(BEARER);
        }
        if (body != null) {
            builder.withContentType("application/json").withBody(body);
        }
        return builder.build();
    }

    private static SimpleResponse response(DocumentExample example, String body) {
        return SimpleResponse.Builder.status(example.status())
                .withContentType("application/json")
                .withBody(body)
                .build();
    }

    /** Whether the spec asks for a token on this route (every route but the login, D18). */
    private static boolean needsToken(DocumentExample example) {
        return SpecLookup.template(example.path())
                .flatMap(template -> SpecLookup.operation(example.method(), template))
                .map(operation -> !SpecLookup.security(operation).isEmpty())
                .orElse(true);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
