package com.marqasouq.kit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuiteLoginTest {

    @Test
    void givenCredentialsAreUsedAsGiven() {
        SuiteLogin login = SuiteLogin.of(URI.create("https://staging.example.com"), "ops@example.com", "s3cret");

        assertEquals("ops@example.com", login.email());
        assertEquals("s3cret", login.password());
        assertFalse(login.sandboxDefault());
    }

    @ParameterizedTest(name = "{0} gets the sandbox's default admin when no credentials are given")
    @ValueSource(
            strings = {"http://127.0.0.1:9000", "http://localhost:9000/", "http://[::1]:9000", "http://127.0.1.1:80"})
    void aTargetOnThisMachineGetsTheSandboxDefaultAdmin(String url) {
        SuiteLogin login = SuiteLogin.of(URI.create(url), null, null);

        assertEquals("admin@marqasouq.com", login.email());
        assertEquals("admin_password", login.password());
        assertTrue(login.sandboxDefault());
        assertTrue(login.notice().contains("MARQASOUQ_EMAIL"), login.notice());
    }

    @ParameterizedTest(name = "{0} without credentials is refused: no guessed password leaves this machine")
    @ValueSource(strings = {"https://staging.example.com", "http://10.0.0.5:9000", "http://localhost.example.com"})
    void aRemoteTargetNeedsCredentials(String url) {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> SuiteLogin.of(URI.create(url), "", null));

        assertTrue(refused.getMessage().contains("not on this machine"), refused.getMessage());
    }

    @Test
    void halfACredentialIsRefusedEvenOnThisMachine() {
        URI local = URI.create("http://127.0.0.1:9000");

        assertTrue(assertThrows(IllegalArgumentException.class, () -> SuiteLogin.of(local, "a@b.c", null))
                .getMessage()
                .startsWith("--password"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SuiteLogin.of(local, null, "p"))
                .getMessage()
                .startsWith("--email"));
    }
}
