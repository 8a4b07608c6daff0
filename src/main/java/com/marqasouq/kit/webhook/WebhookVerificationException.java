package com.marqasouq.kit.webhook;

/** A webhook that is not proven to come from the holder of the secret; the message says why. */
public final class WebhookVerificationException extends Exception {
    public WebhookVerificationException(String message) {
        super(message);
    }
}
