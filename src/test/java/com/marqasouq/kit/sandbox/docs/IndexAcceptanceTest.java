package com.marqasouq.kit.sandbox.docs;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.Operation;
import com.marqasouq.kit.sandbox.RunningSandbox;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(RunningSandbox.class)
class IndexAcceptanceTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @ParameterizedTest(name = "GET {0} answers the index as JSON without a token")
    @ValueSource(strings = {"/", "/_sandbox/", "/_sandbox"})
    void theIndexIsJsonForScriptsAndNeedsNoToken(String path) {
        RunningSandbox.controlAnonymous()
                .accept("*/*")
                .get(path)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("name", equalTo("MarqaSouq Odoo API sandbox"))
                .body("contract_version", equalTo(Contract.marqasouqOdoo().version()))
                .body("links.health", equalTo(RunningSandbox.baseUrl() + "/health"))
                .body("links.docs", equalTo(RunningSandbox.baseUrl() + "/docs/"))
                .body("controls.path", hasItem("/_sandbox/reset"));
    }

    @Test
    void aBrowserGetsAnHtmlPageLinkingTheDocsAndTheHealthCheck() {
        RestAssured.given()
                .baseUri(RunningSandbox.baseUrl())
                .header("Accept", BROWSER)
                .get("/_sandbox/")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<a href=\"" + RunningSandbox.baseUrl() + "/docs/\">"))
                .body(containsString("<a href=\"" + RunningSandbox.baseUrl() + "/health\">"))
                .body(containsString("<code>/_sandbox/clock/advance</code>"));
    }

    @Test
    void everyControlOfTheSpecIsListedOnce() {
        List<String> listed = RunningSandbox.controlAnonymous()
                .get("/")
                .then()
                .extract()
                .jsonPath()
                .getList("controls.collect { it.method + ' ' + it.path }", String.class);
        List<String> inTheSpec = Contract.sandboxControl().operations().stream()
                .filter(operation -> operation.path().startsWith("/_sandbox/")
                        && !operation.path().equals("/_sandbox/"))
                .map(IndexAcceptanceTest::route)
                .toList();

        assertEquals(inTheSpec, listed);
    }

    @Test
    void everyLinkOfTheIndexAnswers() {
        JsonPath index =
                RunningSandbox.controlAnonymous().get("/").then().extract().jsonPath();
        Map<String, String> links = index.getMap("links", String.class, String.class);

        for (Map.Entry<String, String> link : links.entrySet()) {
            int status = link.getKey().equals("login")
                    ? RestAssured.given()
                            .contentType("application/json")
                            .body(Map.of("email", "admin@marqasouq.com", "password", "admin_password"))
                            .post(link.getValue())
                            .statusCode()
                    : RestAssured.get(link.getValue()).statusCode();
            assertEquals(200, status, link.toString());
        }
        assertTrue(links.size() >= 6, links.toString());
    }

    @Test
    void theControlsStillNeedATokenBelowTheIndex() {
        RunningSandbox.controlAnonymous().post("/_sandbox/reset").then().statusCode(401);
    }

    private static String route(Operation operation) {
        return operation.method().toUpperCase(Locale.ROOT) + " " + operation.path();
    }
}
