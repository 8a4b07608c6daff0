package com.marqasouq.kit.sandbox.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/** The one admin user of the sandbox (D18, D22). */
public record AdminAccount(String email, String password) {

    public static final String DEFAULT_EMAIL = "admin@marqasouq.com";
    public static final String DEFAULT_PASSWORD = "admin_password";

    public boolean usesDefaultPassword() {
        return DEFAULT_PASSWORD.equals(password);
    }

    public boolean matches(String givenEmail, String givenPassword) {
        // Both compared in constant time, as a real login would: the time taken says nothing about either.
        boolean emailMatches = MessageDigest.isEqual(
                email.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8),
                givenEmail.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        boolean passwordMatches = MessageDigest.isEqual(
                password.getBytes(StandardCharsets.UTF_8), givenPassword.getBytes(StandardCharsets.UTF_8));
        return emailMatches & passwordMatches;
    }
}
