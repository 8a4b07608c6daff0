package com.marqasouq.kit.conformance.world;

import com.marqasouq.kit.conformance.ConformanceOptions;
import com.marqasouq.kit.conformance.http.ContractValidator;
import com.marqasouq.kit.conformance.webhook.WebhookChannel;
import com.marqasouq.kit.conformance.webhook.WebhookReceiver;
import java.util.List;
import java.util.Objects;

/**
 * What every scenario of one run shares: the target, the admin token, what the target can do,
 * the webhook receiver, and the run id that marks the data the run creates. Cucumber builds
 * step classes itself, so the runner hands this over through a process-wide holder.
 */
public final class RunContext {
    private static volatile RunContext current;

    private final ConformanceOptions options;
    private final String token;
    private final boolean sandboxControls;
    private final String runId;
    private final ContractValidator validator;
    private final WebhookReceiver receiver;
    private WebhookChannel webhooks;

    public RunContext(
            ConformanceOptions options,
            String token,
            boolean sandboxControls,
            String runId,
            ContractValidator validator,
            WebhookReceiver receiver) {
        this.options = options;
        this.token = token;
        this.sandboxControls = sandboxControls;
        this.runId = runId;
        this.validator = validator;
        this.receiver = receiver;
    }

    public static void install(RunContext context) {
        current = context;
    }

    public static RunContext current() {
        return Objects.requireNonNull(current, "no conformance run in progress");
    }

    public ConformanceOptions options() {
        return options;
    }

    public String token() {
        return token;
    }

    public boolean sandboxControls() {
        return sandboxControls;
    }

    public String runId() {
        return runId;
    }

    public ContractValidator validator() {
        return validator;
    }

    /** Null when the run has no webhook receiver. */
    public WebhookReceiver receiver() {
        return receiver;
    }

    /** How the target's webhooks reach this run and how they are signed; made on first use, shared by all scenarios. */
    public synchronized WebhookChannel webhooks() {
        if (webhooks == null) {
            webhooks = WebhookChannel.of(receiver, sandboxControls, options.webhookSecret());
        }
        return webhooks;
    }

    /** What the operator told the suite about the target (--facts); parts may be missing. */
    public com.marqasouq.kit.conformance.OperatorFacts facts() {
        return options.facts();
    }

    public List<String> orderIds() {
        return options.orderIds();
    }
}
