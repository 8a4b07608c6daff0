package com.marqasouq.kit.sandbox.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/** The one admin user of the sandbox (D18, D22). */
public record AdminAccount(String email, String password) {

    public static final String DEFAULT_EMAIL = "admin@marqasouq.com";
    public static final String DEFAULT_PASSWORD = "admin_password";

    public boolean matches(String givenEmail, String givenPassword) {
        boolean emailMatches =
                email.toLowerCase(Locale.ROOT).equals(givenEmail.trim().toLowerCase(Locale.ROOT));
        // Compared in constant time, as a real login would.
        boolean passwordMatches = MessageDigest.isEqual(
                password.getBytes(StandardCharsets.UTF_8), givenPassword.getBytes(StandardCharsets.UTF_8));
        return emailMatches & passwordMatches;
    }
}
