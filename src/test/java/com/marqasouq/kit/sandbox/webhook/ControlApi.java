package com.marqasouq.kit.sandbox.webhook;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.marqasouq.kit.sandbox.RunningSandbox;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The /_sandbox controls of the running sandbox, every exchange checked against sandbox-control.yaml. */
final class ControlApi {
    private static final String SPEC = "openapi/sandbox-control.yaml";
    private static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createFor(SPEC).build());
    private static final OpenApiValidationFilter RESPONSES_ONLY =
            new OpenApiValidationFilter(OpenApiInteractionValidator.createFor(SPEC)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private ControlApi() {}

    /** Authenticated; request and response must follow the control spec. */
    static RequestSpecification controls() {
        return RestAssured.given().spec(base(true)).filter(STRICT);
    }

    /** Authenticated; the request may break the spec on purpose, the response may not. */
    static RequestSpecification badControls() {
        return RestAssured.given().spec(base(true)).filter(RESPONSES_ONLY);
    }

    static RequestSpecification anonymousControls() {
        return RestAssured.given().spec(base(false)).filter(RESPONSES_ONLY);
    }

    private static io.restassured.specification.RequestSpecification base(boolean token) {
        RequestSpecBuilder builder =
                new RequestSpecBuilder().setBaseUri(RunningSandbox.baseUrl()).setContentType(ContentType.JSON);
        if (token) {
            builder.addHeader("Authorization", "Bearer " + RunningSandbox.token());
        }
        return builder.build();
    }
}
