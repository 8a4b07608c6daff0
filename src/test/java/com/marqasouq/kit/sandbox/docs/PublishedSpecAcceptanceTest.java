package com.marqasouq.kit.sandbox.docs;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.sandbox.RunningSandbox;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sandbox's Swagger UI shows the OpenAPI 3.1 rendition first, with its webhooks and the decisions page it links to. */
@ExtendWith(RunningSandbox.class)
class PublishedSpecAcceptanceTest {

    @Test
    void theRenditionIsServedWithItsWebhooksAndThisSandboxAsItsFirstServer() throws Exception {
        String yaml = RestAssured.given()
                .baseUri(RunningSandbox.baseUrl())
                .get("/openapi/marqasouq-odoo-3.1.yaml")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/yaml"))
                .extract()
                .asString();

        JsonNode tree = Contract.parse("the served spec", yaml).tree();
        assertEquals("3.1.0", tree.path("openapi").asText());
        assertEquals(
                RunningSandbox.baseUrl().replaceAll("/$", ""),
                tree.at("/servers/0/url").asText());
        assertEquals(
                Contract.marqasouqOdoo().webhookEvents().size(),
                tree.path("webhooks").size());
        assertTrue(tree.at("/paths/~1admin~1orders/get/description").asText().contains("](decisions.html#d4--"));
    }

    @Test
    void theSwaggerUiPageOpensOnTheRenditionAndTheDecisionsPageIsBesideIt() {
        RestAssured.given()
                .baseUri(RunningSandbox.baseUrl())
                .get("/docs/")
                .then()
                .statusCode(200)
                .body(containsString(
                        "\"urls.primaryName\": \"MarqaSouq Odoo Integration API (OpenAPI 3.1, with webhooks)\""))
                .body(containsString("../openapi/marqasouq-odoo-3.1.yaml"));
        RestAssured.given()
                .baseUri(RunningSandbox.baseUrl())
                .get("/docs/decisions.html")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<h2 id=\"d19--errors\">"));
    }
}
