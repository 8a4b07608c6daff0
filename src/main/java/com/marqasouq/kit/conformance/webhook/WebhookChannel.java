package com.marqasouq.kit.conformance.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.webhook.WebhookHeaders;
import com.marqasouq.kit.webhook.WebhookSecret;
import com.marqasouq.kit.webhook.WebhookVerificationException;
import com.marqasouq.kit.webhook.WebhookVerifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How the target's webhooks reach this run, and with which secret they are signed. On the
 * sandbox the run registers the receiver once through the controls, with a {@code whsec_}
 * secret of its own; on another target the operator pointed the shop's webhook at
 * --webhook-listen and gives the shop's secret with --webhook-secret.
 */
public final class WebhookChannel {
    static final String NO_SECRET = "Checking webhook signatures needs --webhook-secret (or MARQASOUQ_WEBHOOK_SECRET): "
            + "the whsec_... secret the target signs its webhooks with";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebhookReceiver receiver;
    private final boolean registerThroughControls;
    private final WebhookSecret secret;
    private final String secretProblem;
    private boolean registered;
    private String targetId;

    private WebhookChannel(
            WebhookReceiver receiver, boolean registerThroughControls, WebhookSecret secret, String secretProblem) {
        this.receiver = receiver;
        this.registerThroughControls = registerThroughControls;
        this.secret = secret;
        this.secretProblem = secretProblem;
    }

    /**
     * The channel of a run. The operator's secret is used where given (also on a sandbox that
     * already sends to --webhook-listen with that secret); otherwise the sandbox gets a fresh
     * one, and another target's signatures cannot be checked.
     */
    public static WebhookChannel of(WebhookReceiver receiver, boolean sandboxControls, String operatorSecret) {
        if (operatorSecret == null || operatorSecret.isBlank()) {
            return sandboxControls
                    ? new WebhookChannel(receiver, true, WebhookSecret.generate(), null)
                    : new WebhookChannel(receiver, false, null, NO_SECRET);
        }
        try {
            return new WebhookChannel(receiver, sandboxControls, WebhookSecret.parse(operatorSecret.trim()), null);
        } catch (IllegalArgumentException e) {
            return new WebhookChannel(
                    receiver, sandboxControls, null, "--webhook-secret cannot be used: " + e.getMessage());
        }
    }

    /** The receiver, or a failure saying how to get one. */
    public WebhookReceiver receiver() {
        if (receiver == null) {
            throw new AssertionError(
                    "No webhook receiver in this run: start the conformance run with --webhook-listen PORT "
                            + "and point the target's webhook URL at this machine's port PORT, path "
                            + WebhookReceiver.PATH);
        }
        return receiver;
    }

    /**
     * On the sandbox, registers the receiver once per run through {@code register}, which gets
     * the JSON body of {@code POST /_sandbox/webhooks} and returns the new target's id;
     * elsewhere does nothing, since the operator configured the target.
     */
    public synchronized void registerOnce(Function<String, String> register) {
        if (registerThroughControls && !registered) {
            targetId = register.apply(registration());
            registered = true;
        }
    }

    /** At the end of the run: removes the sandbox's target through {@code remove}, so no later delivery goes nowhere. */
    public synchronized void unregister(Consumer<String> remove) {
        if (targetId != null) {
            String id = targetId;
            targetId = null;
            remove.accept(id);
        }
    }

    String registration() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", receiver().url());
        if (secret != null) {
            body.put("secret", secret.text());
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fails, saying why, unless the delivery is signed with the run's secret per Standard Webhooks (D20). */
    public void assertSigned(ReceivedWebhook hook) {
        if (secret == null) {
            throw new AssertionError(secretProblem);
        }
        try {
            new WebhookVerifier(secret)
                    .verify(
                            hook.header(WebhookHeaders.ID),
                            hook.header(WebhookHeaders.TIMESTAMP),
                            hook.header(WebhookHeaders.SIGNATURE),
                            hook.body());
        } catch (WebhookVerificationException e) {
            throw new AssertionError("The " + hook.event() + " webhook is not validly signed: " + e.getMessage());
        }
    }
}
