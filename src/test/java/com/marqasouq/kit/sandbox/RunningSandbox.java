package com.marqasouq.kit.sandbox;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One sandbox on a free port for the whole test run, reset to its default data before each
 * test. Every request and response of {@link #api()} is validated against the contract as the
 * sandbox answers it ({@link StrictReading}: the document's id prefixes and values, no needless
 * null, no undeclared field), so an acceptance test fails on any schema violation as well as on
 * its own assertions.
 */
public final class RunningSandbox implements BeforeEachCallback {
    private static final String CONTROL_SPEC = "openapi/sandbox-control.yaml";
    private static SandboxServer server;
    private static OpenApiValidationFilter strict;
    private static OpenApiValidationFilter responsesOnly;
    private static OpenApiValidationFilter controlStrict;
    private static OpenApiValidationFilter controlResponsesOnly;
    private static String token;

    @Override
    public void beforeEach(ExtensionContext context) {
        start();
        // Default data, real time, no faults, no recent requests: what POST /_sandbox/reset does.
        server.sandbox().reset();
    }

    private static synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            // Webhook back-off in milliseconds, so retry tests take milliseconds too (D20).
            server = SandboxServer.start(SandboxConfig.builder()
                    .port(0)
                    .webhookBaseDelay(Duration.ofMillis(10))
                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        strict = new OpenApiValidationFilter(
                OpenApiInteractionValidator.createForInlineApiSpecification(StrictReading.json())
                        .build());
        // For negative tests: the request may break the contract on purpose, the response may not.
        responsesOnly =
                responsesOnly(OpenApiInteractionValidator.createForInlineApiSpecification(StrictReading.json()));
        controlStrict = new OpenApiValidationFilter(
                OpenApiInteractionValidator.createFor(CONTROL_SPEC).build());
        controlResponsesOnly = responsesOnly(OpenApiInteractionValidator.createFor(CONTROL_SPEC));
        token = RestAssured.given()
                .baseUri(baseUrl())
                .contentType(ContentType.JSON)
                .body(Map.of("email", "admin@marqasouq.com", "password", "admin_password"))
                .post("/auth/user/emailpass")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
    }

    private static OpenApiValidationFilter responsesOnly(OpenApiInteractionValidator.Builder spec) {
        return new OpenApiValidationFilter(spec.withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }

    public static String baseUrl() {
        return server.baseUri().toString();
    }

    public static Sandbox sandbox() {
        return server.sandbox();
    }

    public static String token() {
        return token;
    }

    /** Authenticated, JSON, and every request and response checked against the spec. */
    public static RequestSpecification api() {
        return RestAssured.given()
                .spec(base().addHeader("Authorization", "Bearer " + token).build())
                .filter(strict);
    }

    /** Authenticated; only the response is checked against the spec (the request may be bad on purpose). */
    public static RequestSpecification badRequest() {
        return RestAssured.given()
                .spec(base().addHeader("Authorization", "Bearer " + token).build())
                .filter(responsesOnly);
    }

    /** No token; only the response is checked against the spec. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().spec(base().build()).filter(responsesOnly);
    }

    /** The /_sandbox controls: authenticated, request and response checked against sandbox-control.yaml. */
    public static RequestSpecification control() {
        return RestAssured.given()
                .spec(base().addHeader("Authorization", "Bearer " + token).build())
                .filter(controlStrict);
    }

    /** The controls with a deliberately bad request: only the response is checked against sandbox-control.yaml. */
    public static RequestSpecification controlBadRequest() {
        return RestAssured.given()
                .spec(base().addHeader("Authorization", "Bearer " + token).build())
                .filter(controlResponsesOnly);
    }

    /** The controls without a token: only the response is checked against sandbox-control.yaml. */
    public static RequestSpecification controlAnonymous() {
        return RestAssured.given().spec(base().build()).filter(controlResponsesOnly);
    }

    private static RequestSpecBuilder base() {
        return new RequestSpecBuilder()
                .setBaseUri(baseUrl())
                .setContentType(ContentType.JSON)
                .setUrlEncodingEnabled(true);
    }
}
