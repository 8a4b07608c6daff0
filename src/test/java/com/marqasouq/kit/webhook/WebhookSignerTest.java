package com.marqasouq.kit.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Standard Webhooks reference vector, and the secrets it is keyed with. */
class WebhookSignerTest {
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TIMESTAMP = 1614265330L;
    static final String PAYLOAD = "{\"test\": 2432232314}";
    static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsTheStandardWebhooksReferenceVector() {
        assertEquals(SIGNATURE, new WebhookSigner(WebhookSecret.parse(SECRET)).sign(ID, TIMESTAMP, PAYLOAD));
    }

    @Test
    void aSecretWithoutItsPrefixSignsTheSame() {
        assertEquals(
                SIGNATURE,
                new WebhookSigner(WebhookSecret.parse(SECRET.substring("whsec_".length())))
                        .sign(ID, TIMESTAMP, PAYLOAD));
    }

    @Test
    void aGeneratedSecretIsWhsecBase64AndSignsWhatItsParsedTextVerifies() throws Exception {
        WebhookSecret secret = WebhookSecret.generate();
        assertTrue(secret.text().matches("^whsec_[A-Za-z0-9+/=]+$"), secret.text());
        assertEquals(24, secret.key().length);
        String signature = new WebhookSigner(secret).sign(ID, TIMESTAMP, PAYLOAD);
        new WebhookVerifier(
                        WebhookSecret.parse(secret.text()),
                        WebhookVerifier.DEFAULT_TOLERANCE,
                        WebhookVerifierTest.at(TIMESTAMP))
                .verify(ID, Long.toString(TIMESTAMP), signature, PAYLOAD);
    }

    @Test
    void twoGeneratedSecretsDiffer() {
        assertFalse(
                WebhookSecret.generate().text().equals(WebhookSecret.generate().text()));
    }

    @Test
    void aSecretThatIsNotBase64IsRefusedSayingWhatIsExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WebhookSecret.parse("whsec_a"));
        assertTrue(e.getMessage().contains("whsec_ followed by base64"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WebhookSecret.parse("whsec_"));
        assertThrows(IllegalArgumentException.class, () -> WebhookSecret.parse(null));
    }

    @Test
    void aSecretNeverShowsInItsStringForm() {
        assertEquals("whsec_****", WebhookSecret.parse(SECRET).toString());
    }
}
