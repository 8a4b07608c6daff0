package com.marqasouq.kit.sandbox.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.marqasouq.kit.sandbox.SandboxConfig;
import com.marqasouq.kit.sandbox.SandboxServer;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Password guessing is slowed down: repeated failed logins from one client are answered 429 with Retry-After. */
class LoginThrottleAcceptanceTest {
    private static SandboxServer server;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.builder().port(0).empty(true).build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theSixthFailedLoginInAMinuteIsTooManyRequestsWithRetryAfterEvenWithTheRightPassword() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            login("wrong-" + i).post("/auth/user/emailpass").then().statusCode(401);
        }

        login("admin_password")
                .post("/auth/user/emailpass")
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body("code", equalTo("RATE_LIMITED"))
                .body("type", equalTo("rate_limited"));
    }

    private static RequestSpecification login(String password) {
        return RestAssured.given()
                .baseUri(server.baseUri().toString())
                .contentType("application/json")
                .body(Map.of("email", "admin@marqasouq.com", "password", password));
    }
}
