package com.marqasouq.kit.sandbox.docs;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.sandbox.RunningSandbox;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(RunningSandbox.class)
class DocsAcceptanceTest {

    @Test
    void healthAnswersReadyWithoutToken() {
        RunningSandbox.controlAnonymous().get("/health").then().statusCode(200).body("status", equalTo("ready"));
    }

    @Test
    void swaggerUiListsBothSpecsWithoutToken() {
        RestAssured.given()
                .baseUri(RunningSandbox.baseUrl())
                .redirects()
                .follow(false)
                .get("/docs")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/docs/"));
        RestAssured.given()
                .baseUri(RunningSandbox.baseUrl())
                .get("/docs/")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("swagger-ui-bundle.js"))
                .body(containsString("../openapi/marqasouq-odoo.yaml"))
                .body(containsString("../openapi/sandbox-control.yaml"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "swagger-ui.css", "favicon-32x32.png"
            })
    void swaggerUiFilesAreServedFromTheWebjar(String file) {
        RestAssured.given()
                .baseUri(RunningSandbox.baseUrl())
                .get("/docs/" + file)
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("max-age"));
    }

    @Test
    void nothingOutsideTheWebjarFolderIsServed() {
        RestAssured.given()
                .baseUri(RunningSandbox.baseUrl())
                .urlEncodingEnabled(false)
                .get("/docs/..%2F..%2Fpom.properties")
                .then()
                .statusCode(404);
        RestAssured.given()
                .baseUri(RunningSandbox.baseUrl())
                .get("/openapi/pom.xml")
                .then()
                .statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"marqasouq-odoo.yaml", "sandbox-control.yaml"})
    void theSpecsAreServedWithThisSandboxAsTheirFirstServer(String spec) throws Exception {
        String yaml = RestAssured.given()
                .baseUri(RunningSandbox.baseUrl())
                .get("/openapi/" + spec)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/yaml"))
                .extract()
                .asString();

        JsonNode tree = Contract.parse("the served spec", yaml).tree();
        org.junit.jupiter.api.Assertions.assertEquals(
                RunningSandbox.baseUrl().replaceAll("/$", ""),
                tree.path("servers").path(0).path("url").asText());
        org.junit.jupiter.api.Assertions.assertEquals(
                "3.0.3", tree.path("openapi").asText());
    }
}
