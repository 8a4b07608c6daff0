package com.marqasouq.kit.webhook;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A Standard Webhooks secret: {@code whsec_} followed by the base64 of the HMAC key. As in the
 * Standard Webhooks libraries, the prefix is optional when parsing.
 */
public final class WebhookSecret {
    public static final String PREFIX = "whsec_";
    private static final int GENERATED_KEY_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String text;
    private final byte[] key;

    private WebhookSecret(String text, byte[] key) {
        this.text = text;
        this.key = key;
    }

    /** Parses {@code whsec_<base64>}; throws IllegalArgumentException saying what is expected. */
    public static WebhookSecret parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A webhook secret is required: whsec_ followed by base64");
        }
        String encoded = text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A webhook secret must be whsec_ followed by base64: " + e.getMessage());
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("A webhook secret must be whsec_ followed by a non-empty base64 key");
        }
        return new WebhookSecret(text, key);
    }

    /** A fresh random secret of 24 bytes, as the Standard Webhooks reference implementations make them. */
    public static WebhookSecret generate() {
        byte[] key = new byte[GENERATED_KEY_BYTES];
        RANDOM.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key), key);
    }

    /** The secret as it is written, {@code whsec_...}: give it to the receiver. */
    public String text() {
        return text;
    }

    byte[] key() {
        return key.clone();
    }

    /** Redacted, so that a secret never lands in a log or report by accident. */
    @Override
    public String toString() {
        return PREFIX + "****";
    }
}
