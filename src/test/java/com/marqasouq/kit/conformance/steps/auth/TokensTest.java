package com.marqasouq.kit.conformance.steps.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A token that is not a JWT is still tampered with, and only the JWT-only check is not run. */
class TokensTest {
    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl";
    private static final String OPAQUE = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...";

    @Test
    void aJwtIsTamperedInItsSignature() {
        String tampered = Tokens.tampered(JWT);
        assertNotEquals(JWT, tampered);
        assertEquals(JWT.substring(0, JWT.lastIndexOf('.') + 1), tampered.substring(0, JWT.lastIndexOf('.') + 1));
        assertTrue(Tokens.isJwt(tampered));
    }

    @Test
    void anOpaqueTokenIsTamperedInItsLastCharacter() {
        assertFalse(Tokens.isJwt(OPAQUE));
        String tampered = Tokens.tampered(OPAQUE);
        assertEquals(OPAQUE.length(), tampered.length());
        assertNotEquals(OPAQUE, tampered);
    }

    @Test
    void anUnsignedCopyNeedsAJwtAndSaysWhyOtherwise() {
        assertTrue(Tokens.unsigned(JWT).endsWith(".eyJzdWIiOiJhIn0."));
        TestAbortedException notRun = assertThrows(TestAbortedException.class, () -> Tokens.unsigned(OPAQUE));
        assertTrue(notRun.getMessage().contains("not a JWT"), notRun.getMessage());
    }
}
