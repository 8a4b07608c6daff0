package com.marqasouq.kit.conformance.steps.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refused requests and the error format of section 7 (D19). Every request names ids and SKUs
 * marked with the run id, which exist nowhere, or a body the route must refuse: safe anywhere.
 */
public final class ErrorSteps {
    private static final String NOT_JSON = "{\"email\": \"ct-not-json@example.com\", \"first_name\": ";
    private static final Pattern STACK_TRACE = Pattern.compile(
            "Exception|Traceback \\(most recent call last\\)|node_modules|\\bat [\\w$.]+\\([\\w$]+\\.(java|kt|scala):\\d+\\)"
                    + "|\\bat (com|org|java|javax|jakarta|sun|io)\\.|\\bat .+ \\(.+:\\d+:\\d+\\)");

    private final World world;

    public ErrorSteps(World world) {
        this.world = world;
    }

    @When("Odoo sends {word} {string}")
    public void odooSends(String method, String route) {
        world.call(method, marked(route)).send();
    }

    @When("Odoo sends {word} {string} with this body:")
    public void odooSendsWithThisBody(String method, String route, String body) {
        world.call(method, marked(route)).body(marked(body)).send();
    }

    @When("Odoo sends {word} {string} with this body, which breaks the contract:")
    public void odooSendsWithABodyThatBreaksTheContract(String method, String route, String body) {
        world.call(method, marked(route))
                .body(marked(body))
                .deliberatelyInvalid()
                .send();
    }

    @When("Odoo sends {word} {string} with a body that is not JSON")
    public void odooSendsABodyThatIsNotJson(String method, String route) {
        world.call(method, marked(route)).body(NOT_JSON).deliberatelyInvalid().send();
    }

    @When("Odoo reduces stock with a quantity given as text, for an order that does not exist")
    public void odooReducesStockWithAQuantityGivenAsText() {
        odooSendsWithABodyThatBreaksTheContract(
                "POST",
                "/admin/inventory/reduce-stock",
                "{\"sku\": \"CT-NO-SUCH-SKU-{run}\", "
                        + "\"quantity\": \"1\", \"order_id\": \"order_DOESNOTEXIST{run}\", \"reason\": \"conformance_check\"}");
    }

    @When("Odoo makes a request that is refused for {}")
    public void odooMakesARequestThatIsRefused(String reason) {
        switch (reason) {
            case "a page size of 0" ->
                world.call("GET", "/admin/orders")
                        .query("limit", 0)
                        .deliberatelyInvalid()
                        .send();
            case "a page size that is text" ->
                world.call("GET", "/admin/orders")
                        .query("limit", "fifty")
                        .deliberatelyInvalid()
                        .send();
            case "a missing bearer token" ->
                world.call("GET", "/admin/orders")
                        .withoutToken()
                        .deliberatelyInvalid()
                        .send();
            case "a date that is not a date" ->
                world.call("GET", "/admin/customers")
                        .query("created_at[gte]", "yesterday")
                        .deliberatelyInvalid()
                        .send();
            case "an unknown order id" -> odooSends("GET", "/odoo/orders/order_DOESNOTEXIST{run}");
            case "a body that is not JSON" -> odooSendsABodyThatIsNotJson("POST", "/admin/customers");
            case "a quantity given as text" -> odooReducesStockWithAQuantityGivenAsText();
            default -> throw new IllegalArgumentException("No request is written for the reason \"" + reason + "\"");
        }
    }

    @Then("the answer is a 400 error naming {string} or a 404 not_found error")
    public void theAnswerIsA400NamingOrA404(String field) {
        ApiResult last = world.last();
        assertThat(
                "status (body: " + ResponseSteps.abbreviate(last.body()) + ")",
                last.status(),
                anyOf(equalTo(400), equalTo(404)));
        if (last.status() == 400) {
            assertThat("error type", last.get("type"), equalTo("invalid_data"));
            assertThat(
                    "the error message should name the offending field",
                    last.get("message"),
                    containsStringIgnoringCase(field));
        } else {
            assertThat("error type", last.get("type"), equalTo("not_found"));
        }
    }

    @Then("the error is in the documented format")
    public void theErrorIsInTheDocumentedFormat() {
        ApiResult last = world.last();
        String body = ResponseSteps.abbreviate(last.body());
        assertThat("Content-Type of the error", last.header("Content-Type"), startsWith("application/json"));
        assertThat("type, in lower snake case, of " + body, last.get("type"), matchesPattern("^[a-z]+(_[a-z]+)*$"));
        assertThat(
                "code, in UPPER_SNAKE case, of " + body,
                last.get("code"),
                matchesPattern("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"));
        assertThat("message of " + body, last.get("message"), not(emptyOrNullString()));
    }

    @Then("the error shows no stack trace or exception name")
    public void theErrorShowsNoStackTrace() {
        ApiResult last = world.last();
        assertThat("status of the refused request", last.status(), greaterThanOrEqualTo(400));
        Matcher internals = STACK_TRACE.matcher(String.valueOf(last.body()));
        assertThat(
                "implementation internals (stack trace, exception name) in the error "
                        + ResponseSteps.abbreviate(last.body()),
                internals.find() ? internals.group() : null,
                nullValue());
    }

    private String marked(String text) {
        return text.replace("{run}", world.run().runId());
    }
}
