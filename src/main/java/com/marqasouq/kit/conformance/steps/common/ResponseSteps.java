package com.marqasouq.kit.conformance.steps.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.en.Then;

/** Checks on the last answer that every noun shares: status and the error format (section 7, D19). */
public final class ResponseSteps {
    private final World world;

    public ResponseSteps(World world) {
        this.world = world;
    }

    @Then("the response status is {int}")
    public void theResponseStatusIs(int status) {
        ApiResult last = world.last();
        assertThat(
                "status of " + last.exchange().method() + " " + last.exchange().path() + " (body: "
                        + abbreviate(last.body()) + ")",
                last.status(),
                equalTo(status));
    }

    @Then("the answer is an error of type {string}")
    public void theAnswerIsAnErrorOfType(String type) {
        ApiResult last = world.last();
        assertThat("error type in " + abbreviate(last.body()), last.get("type"), equalTo(type));
        assertThat("error message", last.get("message"), not(emptyOrNullString()));
        assertThat("error code", last.get("code"), not(emptyOrNullString()));
    }

    @Then("the error code is {string}")
    public void theErrorCodeIs(String code) {
        assertThat(
                "error code in " + abbreviate(world.last().body()), world.last().get("code"), equalTo(code));
    }

    @Then("the error message names {string}")
    public void theErrorMessageNames(String field) {
        String message = world.last().get("message");
        assertThat("the error message should name the offending field", message, containsStringIgnoringCase(field));
    }

    @Then("the answer is a {int} error of type {string} naming {string}")
    public void theAnswerIsAnErrorNaming(int status, String type, String field) {
        theResponseStatusIs(status);
        theAnswerIsAnErrorOfType(type);
        theErrorMessageNames(field);
    }

    public static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > 400 ? body.substring(0, 400) + "..." : body;
    }
}
