package com.marqasouq.kit.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * Checks a received webhook as Standard Webhooks receivers do: the timestamp lies within the
 * tolerance of now (against replays), and one of the {@code v1} signatures matches, compared in
 * constant time. Thread-safe.
 */
public final class WebhookVerifier {
    /** The tolerance of the Standard Webhooks reference libraries. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private final WebhookSigner signer;
    private final Duration tolerance;
    private final Clock clock;

    public WebhookVerifier(WebhookSecret secret) {
        this(secret, DEFAULT_TOLERANCE, Clock.systemUTC());
    }

    public WebhookVerifier(WebhookSecret secret, Duration tolerance, Clock clock) {
        this.signer = new WebhookSigner(secret);
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /** Returns normally if the webhook is authentic, else says why it is not. */
    public void verify(String id, String timestamp, String signatures, byte[] body)
            throws WebhookVerificationException {
        if (id == null || id.isBlank()) {
            throw new WebhookVerificationException("The " + WebhookHeaders.ID + " header is missing");
        }
        long seconds = parseTimestamp(timestamp);
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > tolerance.toSeconds()) {
            throw new WebhookVerificationException("The " + WebhookHeaders.TIMESTAMP + " " + seconds + " is more than "
                    + tolerance.toSeconds() + " s away from now (" + now + ")");
        }
        if (signatures == null || signatures.isBlank()) {
            throw new WebhookVerificationException("The " + WebhookHeaders.SIGNATURE + " header is missing");
        }
        byte[] expected = signer.hmac(id, seconds, body);
        for (String candidate : signatures.trim().split(" +")) {
            int comma = candidate.indexOf(',');
            if (comma < 0 || !WebhookSigner.VERSION.equals(candidate.substring(0, comma))) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring(comma + 1));
            } catch (IllegalArgumentException notBase64) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) {
                return;
            }
        }
        throw new WebhookVerificationException("No " + WebhookSigner.VERSION + " signature in "
                + WebhookHeaders.SIGNATURE + " matches the body signed with the secret");
    }

    public void verify(String id, String timestamp, String signatures, String body)
            throws WebhookVerificationException {
        verify(id, timestamp, signatures, body.getBytes(StandardCharsets.UTF_8));
    }

    private static long parseTimestamp(String timestamp) throws WebhookVerificationException {
        if (timestamp == null || timestamp.isBlank()) {
            throw new WebhookVerificationException("The " + WebhookHeaders.TIMESTAMP + " header is missing");
        }
        try {
            return Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw new WebhookVerificationException("The " + WebhookHeaders.TIMESTAMP
                    + " header must be seconds since the epoch, got \"" + timestamp + "\"");
        }
    }
}
