package com.marqasouq.kit.sandbox.webhook;

import com.marqasouq.kit.webhook.WebhookSecret;
import java.net.URI;
import java.util.Set;

/** A URL that receives webhooks, signed with its secret; {@code events} empty means all events. */
record Target(String id, URI url, WebhookSecret secret, Set<String> events) {

    Target {
        events = Set.copyOf(events);
    }

    boolean wants(String event) {
        return events.isEmpty() || events.contains(event);
    }
}
