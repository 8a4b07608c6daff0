package com.marqasouq.kit.webhook;

import static com.marqasouq.kit.webhook.WebhookSignerTest.ID;
import static com.marqasouq.kit.webhook.WebhookSignerTest.PAYLOAD;
import static com.marqasouq.kit.webhook.WebhookSignerTest.SECRET;
import static com.marqasouq.kit.webhook.WebhookSignerTest.SIGNATURE;
import static com.marqasouq.kit.webhook.WebhookSignerTest.TIMESTAMP;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {
    private static final String TS = Long.toString(TIMESTAMP);

    static Clock at(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    private static WebhookVerifier verifierAt(long epochSecond) {
        return new WebhookVerifier(WebhookSecret.parse(SECRET), WebhookVerifier.DEFAULT_TOLERANCE, at(epochSecond));
    }

    @Test
    void acceptsTheReferenceVector() {
        assertDoesNotThrow(() -> verifierAt(TIMESTAMP).verify(ID, TS, SIGNATURE, PAYLOAD));
    }

    @Test
    void acceptsWhenAnyOfSeveralSignaturesMatches() {
        String several = "v1a,ignoredAsymmetric v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= " + SIGNATURE;
        assertDoesNotThrow(() -> verifierAt(TIMESTAMP).verify(ID, TS, several, PAYLOAD));
    }

    @Test
    void rejectsATamperedBody() {
        assertRejected(() -> verifierAt(TIMESTAMP).verify(ID, TS, SIGNATURE, "{\"test\": 2432232315}"), "signature");
    }

    @Test
    void rejectsAnotherSecret() {
        WebhookVerifier other =
                new WebhookVerifier(WebhookSecret.generate(), WebhookVerifier.DEFAULT_TOLERANCE, at(TIMESTAMP));
        assertRejected(() -> other.verify(ID, TS, SIGNATURE, PAYLOAD), "signature");
    }

    @Test
    void rejectsATamperedTimestampOrId() {
        assertRejected(
                () -> verifierAt(TIMESTAMP).verify(ID, Long.toString(TIMESTAMP + 1), SIGNATURE, PAYLOAD), "signature");
        assertRejected(() -> verifierAt(TIMESTAMP).verify(ID + "x", TS, SIGNATURE, PAYLOAD), "signature");
    }

    @Test
    void rejectsATimestampOutsideTheToleranceEitherWay() {
        long tolerance = WebhookVerifier.DEFAULT_TOLERANCE.toSeconds();
        assertDoesNotThrow(() -> verifierAt(TIMESTAMP + tolerance).verify(ID, TS, SIGNATURE, PAYLOAD));
        assertRejected(() -> verifierAt(TIMESTAMP + tolerance + 1).verify(ID, TS, SIGNATURE, PAYLOAD), "away from now");
        assertRejected(() -> verifierAt(TIMESTAMP - tolerance - 1).verify(ID, TS, SIGNATURE, PAYLOAD), "away from now");
        WebhookVerifier strict =
                new WebhookVerifier(WebhookSecret.parse(SECRET), Duration.ofSeconds(10), at(TIMESTAMP + 11));
        assertRejected(() -> strict.verify(ID, TS, SIGNATURE, PAYLOAD), "away from now");
    }

    @Test
    void rejectsMissingOrMalformedHeadersSayingWhich() {
        assertRejected(() -> verifierAt(TIMESTAMP).verify(null, TS, SIGNATURE, PAYLOAD), WebhookHeaders.ID);
        assertRejected(() -> verifierAt(TIMESTAMP).verify(ID, null, SIGNATURE, PAYLOAD), WebhookHeaders.TIMESTAMP);
        assertRejected(
                () -> verifierAt(TIMESTAMP).verify(ID, "yesterday", SIGNATURE, PAYLOAD), WebhookHeaders.TIMESTAMP);
        assertRejected(() -> verifierAt(TIMESTAMP).verify(ID, TS, "", PAYLOAD), WebhookHeaders.SIGNATURE);
        assertRejected(() -> verifierAt(TIMESTAMP).verify(ID, TS, "v1,not base64!", PAYLOAD), "signature");
        assertRejected(
                () -> verifierAt(TIMESTAMP).verify(ID, TS, "v2," + SIGNATURE.substring(3), PAYLOAD), "signature");
    }

    private static void assertRejected(org.junit.jupiter.api.function.Executable verify, String mentions) {
        WebhookVerificationException e = assertThrows(WebhookVerificationException.class, verify);
        assertTrue(e.getMessage().contains(mentions), e.getMessage());
    }
}
