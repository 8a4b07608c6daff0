package com.marqasouq.kit.conformance.steps.auth;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.Answers;
import com.marqasouq.kit.conformance.steps.common.Json;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Login and the bearer token (section 1, D18). */
public final class AuthSteps {
    private final World world;

    public AuthSteps(World world) {
        this.world = world;
    }

    @When("Odoo logs in with the configured admin credentials")
    public void logsInWithTheConfiguredCredentials() {
        login(world.run().options().email(), world.run().options().password());
    }

    @When("Odoo logs in with the configured e-mail and a wrong password")
    public void logsInWithAWrongPassword() {
        login(world.run().options().email(), "wrong-" + world.run().runId());
    }

    @When("Odoo logs in without a password")
    public void logsInWithoutAPassword() {
        world.call("POST", "/auth/user/emailpass")
                .withoutToken()
                .deliberatelyInvalid()
                .body("{\"email\":" + Json.quote(world.run().options().email()) + "}")
                .send();
    }

    private void login(String email, String password) {
        world.call("POST", "/auth/user/emailpass")
                .withoutToken()
                .body("{\"email\":" + Json.quote(email) + ",\"password\":" + Json.quote(password) + "}")
                .send();
    }

    @Then("the answer holds a bearer token")
    public void theAnswerHoldsABearerToken() {
        ApiResult last = world.last();
        Object token = last.get("token");
        if (!(token instanceof String text) || text.isEmpty()) {
            throw Answers.missing(last, "token", "a bearer token");
        }
        if (!Tokens.isJwt(text)) {
            throw Answers.differs(
                    last,
                    "a JWT (header.payload.signature, D18)",
                    "a token that is not a JWT (" + text.length() + " characters, " + Tokens.parts(text) + " part(s))");
        }
    }

    @When("Odoo calls {word} {string} without a token")
    public void callsWithoutAToken(String method, String path) {
        ProtectedCall.send(world, method, path, null);
    }

    @When("Odoo calls {word} {string} with a token whose signature was tampered with")
    public void callsWithATamperedToken(String method, String path) {
        ProtectedCall.send(world, method, path, Tokens.tampered(world.run().token()));
    }

    @When("Odoo calls {word} {string} with an unsigned token \\(alg none)")
    public void callsWithAnUnsignedToken(String method, String path) {
        ProtectedCall.send(world, method, path, Tokens.unsigned(world.run().token()));
    }

    @When("Odoo calls {word} {string} with a malformed token")
    public void callsWithAMalformedToken(String method, String path) {
        ProtectedCall.send(world, method, path, "not-a-jwt");
    }
}
