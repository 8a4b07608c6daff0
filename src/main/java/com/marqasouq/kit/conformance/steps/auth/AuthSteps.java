package com.marqasouq.kit.conformance.steps.auth;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.matchesPattern;

import com.marqasouq.kit.conformance.steps.common.Json;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Base64;

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
        String token = world.last().get("token");
        assertThat(
                "a JWT (header.payload.signature)",
                token,
                matchesPattern("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$"));
    }

    @When("Odoo calls {word} {string} without a token")
    public void callsWithoutAToken(String method, String path) {
        ProtectedCall.send(world, method, path, null);
    }

    @When("Odoo calls {word} {string} with a token whose signature was tampered with")
    public void callsWithATamperedToken(String method, String path) {
        String token = world.run().token();
        int dot = token.lastIndexOf('.');
        String signature = token.substring(dot + 1);
        char flipped = signature.charAt(0) == 'A' ? 'B' : 'A';
        ProtectedCall.send(world, method, path, token.substring(0, dot + 1) + flipped + signature.substring(1));
    }

    @When("Odoo calls {word} {string} with an unsigned token \\(alg none)")
    public void callsWithAnUnsignedToken(String method, String path) {
        String payload = world.run().token().split("\\.")[1];
        String header =
                Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        ProtectedCall.send(world, method, path, header + "." + payload + ".");
    }

    @When("Odoo calls {word} {string} with a malformed token")
    public void callsWithAMalformedToken(String method, String path) {
        ProtectedCall.send(world, method, path, "not-a-jwt");
    }
}
