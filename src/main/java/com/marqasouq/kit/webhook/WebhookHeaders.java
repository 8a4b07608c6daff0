package com.marqasouq.kit.webhook;

/** The Standard Webhooks headers of a delivery (D20). */
public final class WebhookHeaders {
    /** The message id, equal to the envelope's {@code id}; the same on every attempt. */
    public static final String ID = "webhook-id";
    /** Seconds since the Unix epoch when the attempt was signed. */
    public static final String TIMESTAMP = "webhook-timestamp";
    /** Space-separated {@code v1,<base64>} signatures. */
    public static final String SIGNATURE = "webhook-signature";

    private WebhookHeaders() {}
}
