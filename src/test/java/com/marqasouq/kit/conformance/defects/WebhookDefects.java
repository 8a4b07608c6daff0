package com.marqasouq.kit.conformance.defects;

import static com.marqasouq.kit.conformance.defects.DefectBuilder.defect;

import com.marqasouq.kit.webhook.WebhookSecret;
import com.marqasouq.kit.webhook.WebhookSigner;
import java.util.List;

/** Implementations whose webhooks are unsigned, missing or malformed. */
final class WebhookDefects {
    private WebhookDefects() {}

    static List<Defect> all() {
        return List.of(
                defect("webhook-signature-wrong", "webhooks", "@webhooks")
                        .onWebhook((w, secret) ->
                                w.withHeader("webhook-signature", flipped(w.header("webhook-signature"))))
                        .build(),
                defect("customer-created-not-sent", "webhooks", "@webhook:customer.created")
                        .onWebhook((w, secret) -> w.text().contains("\"customer.created\"") ? null : w)
                        .build(),
                defect(
                                "order-webhook-without-email",
                                "webhooks",
                                "@webhooks and (@webhook:order.placed or @webhook:order.updated or @webhook:order.canceled or @webhook:order.completed)")
                        .onWebhook((w, secret) -> w.text().contains("\"order.")
                                ? resigned(
                                        w.withBody(Bodies.edit(
                                                w.text(),
                                                o -> ((com.fasterxml.jackson.databind.node.ObjectNode) o.path("data"))
                                                        .remove("email"))),
                                        secret)
                                : w)
                        .build());
    }

    private static String flipped(String signature) {
        if (signature == null || signature.length() < 5) {
            return "v1,AAAA";
        }
        char c = signature.charAt(4);
        return signature.substring(0, 4) + (c == 'A' ? 'B' : 'A') + signature.substring(5);
    }

    /** A faulty payload that is still correctly signed, so only the schema check can catch it. */
    private static ProxyRequest resigned(ProxyRequest webhook, String secret) {
        if (secret == null) {
            return webhook;
        }
        String id = webhook.header("webhook-id");
        long timestamp = Long.parseLong(webhook.header("webhook-timestamp"));
        String signature = new WebhookSigner(WebhookSecret.parse(secret)).sign(id, timestamp, webhook.body());
        return webhook.withHeader("webhook-signature", signature);
    }
}
