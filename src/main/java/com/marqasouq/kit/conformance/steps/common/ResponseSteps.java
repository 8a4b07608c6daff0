package com.marqasouq.kit.conformance.steps.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsStringIgnoringCase;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.en.Then;

/**
 * Checks on the last answer that every noun shares: status and the error format (section 7,
 * D19). That an error body has all of {@code type}, {@code message} and {@code code} is the
 * response schema's check (a shape finding); these steps check the values the scenario expects.
 */
public final class ResponseSteps {
    private final World world;

    public ResponseSteps(World world) {
        this.world = world;
    }

    @Then("the response status is {int}")
    public void theResponseStatusIs(int status) {
        Answers.status(world.last(), status);
    }

    @Then("the answer is an error of type {string}")
    public void theAnswerIsAnErrorOfType(String type) {
        ApiResult last = world.last();
        Object actual = last.get("type");
        if (actual == null) {
            throw Answers.missing(last, "type", "an error of type \"" + type + "\"");
        }
        if (!type.equals(actual)) {
            throw Answers.differs(last, "an error of type \"" + type + "\"", "type \"" + actual + "\"");
        }
    }

    @Then("the error code is {string}")
    public void theErrorCodeIs(String code) {
        ApiResult last = world.last();
        Object actual = last.get("code");
        if (actual == null) {
            throw Answers.missing(last, "code", "error code \"" + code + "\"");
        }
        if (!code.equals(actual)) {
            throw Answers.differs(last, "error code \"" + code + "\"", "code \"" + actual + "\"");
        }
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
