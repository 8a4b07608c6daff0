package com.marqasouq.kit.sandbox;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

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
    void aLoginWithoutPasswordIsInvalidDataNamingTheField() {
        RunningSandbox.anonymous()
                .body(Map.of("email", "admin@marqasouq.com"))
                .post("/auth/user/emailpass")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", org.hamcrest.Matchers.containsString("password"));
    }

    @Test
    void aProtectedRouteWithoutTokenIsUnauthorized() {
        RunningSandbox.anonymous()
                .get("/admin/stock-locations")
                .then()
                .statusCode(401)
                .body("type", equalTo("unauthorized"));
    }

    @Test
    void healthAnswersWithoutToken() {
        RunningSandbox.anonymous().get("/health").then().statusCode(200).body("status", equalTo("ready"));
    }
}
