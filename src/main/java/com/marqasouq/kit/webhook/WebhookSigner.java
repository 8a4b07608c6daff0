package com.marqasouq.kit.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook as Standard Webhooks does (D20): {@code v1,} and the base64 HMAC-SHA256 of
 * {@code "<id>.<timestamp>.<body>"}, keyed with the decoded secret. Thread-safe.
 */
public final class WebhookSigner {
    static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;

    public WebhookSigner(WebhookSecret secret) {
        this.key = secret.key();
    }

    /** The {@code webhook-signature} value for these exact body bytes. */
    public String sign(String id, long timestamp, byte[] body) {
        return VERSION + "," + Base64.getEncoder().encodeToString(hmac(id, timestamp, body));
    }

    public String sign(String id, long timestamp, String body) {
        return sign(id, timestamp, body.getBytes(StandardCharsets.UTF_8));
    }

    byte[] hmac(String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            // Every Java runtime ships HmacSHA256, and any key length is valid for HMAC.
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
