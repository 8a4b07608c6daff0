package com.marqasouq.kit.contract;

/** The spec's webhook events, as the {@link Contract} model lists them. */
final class Webhooks {

    private Webhooks() {}

    /** The event, or a failure naming it when the spec lacks it. */
    static WebhookEvent event(String name) {
        return ContractSpec.MAIN
                .webhookEvent(name)
                .orElseThrow(() -> new IllegalStateException(name + " is not an event of x-webhooks"));
    }

    /** The name of the component schema that the event's POST body refers to. */
    static String payloadSchema(String event) {
        return event(event).payloadSchema();
    }
}
