package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class AuthAcceptanceTest {

    @Test
    void theDefaultAdminGetsAnHs256Token() {
        RunningSandbox.anonymous()
                .body(Map.of("email", "admin@marqasouq.com", "password", "admin_password"))
                .post("/auth/user/emailpass")
                .then()
                .statusCode(200)
                .body("token", matchesPattern("^eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]+$"));
    }

    @Test
    void aWrongPasswordIsUnauthorized() {
        RunningSandbox.anonymous()
                .body(Map.of("email", "admin@marqasouq.com", "password", "nope"))
                .post("/auth/user/emailpass")
                .then()
                .statusCode(401)
                .body("type", equalTo("unauthorized"))
                .body("code", equalTo("INVALID_CREDENTIALS"));
    }

    @Test
    void healthAnswersWithoutToken() {
        RunningSandbox.anonymous().get("/health").then().statusCode(200).body("status", equalTo("ready"));
    }
}
