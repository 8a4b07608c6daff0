package com.marqasouq.kit.sandbox.auth;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** D18: every protected route refuses a missing, malformed, tampered, expired or unsigned token with 401. */
@ExtendWith(RunningSandbox.class)
class BearerTokenAcceptanceTest {

    @ParameterizedTest
    @ValueSource(strings = {"/admin/orders", "/odoo/inventory", "/_sandbox/clock"})
    void aMalformedTokenIsUnauthorized(String path) {
        RunningSandbox.anonymous()
                .header("Authorization", "Bearer not-a-jwt")
                .get(path)
                .then()
                .statusCode(401)
                .body("type", equalTo("unauthorized"))
                .body("message", containsString("malformed"));
    }

    @Test
    void aTokenWithATamperedPayloadIsUnauthorized() {
        String[] parts = RunningSandbox.token().split("\\.");
        String payload =
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("admin@", "evil@");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
        RunningSandbox.anonymous()
                .header("Authorization", "Bearer " + forged)
                .get("/admin/orders")
                .then()
                .statusCode(401)
                .body("type", equalTo("unauthorized"));
    }

    @Test
    void anExpiredTokenIsUnauthorizedSayingSo() {
        // Issued by the sandbox's own key a day and a minute ago, with the default 24 h lifetime.
        Clock yesterday = Clock.fixed(Instant.now().minus(Duration.ofHours(24).plusMinutes(1)), ZoneOffset.UTC);
        String expired = RunningSandbox.sandbox().tokens().issuedAt(yesterday).issue("admin@marqasouq.com");
        RunningSandbox.anonymous()
                .header("Authorization", "Bearer " + expired)
                .get("/admin/orders")
                .then()
                .statusCode(401)
                .body("type", equalTo("unauthorized"))
                .body("message", containsString("expired"));
    }

    @Test
    void anotherSchemeThanBearerIsUnauthorized() {
        RunningSandbox.anonymous()
                .header("Authorization", "Basic YWRtaW46YWRtaW4=")
                .get("/admin/orders")
                .then()
                .statusCode(401)
                .body("type", equalTo("unauthorized"))
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void anUnknownProtectedRouteWithoutTokenIsUnauthorizedNotNotFound() {
        RunningSandbox.anonymous().get("/admin/does-not-exist").then().statusCode(401);
    }
}
