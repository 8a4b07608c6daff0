package com.marqasouq.kit.sandbox.webhook;

import com.marqasouq.kit.generated.control.api.WebhooksApi;
import com.marqasouq.kit.generated.control.model.AddWebhookTargetRequest;
import com.marqasouq.kit.generated.control.model.DeliveryStatus;
import com.marqasouq.kit.generated.control.model.WebhookDeliveryList;
import com.marqasouq.kit.generated.control.model.WebhookEventName;
import com.marqasouq.kit.generated.control.model.WebhookTargetList;
import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.webhook.WebhookSecret;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.TreeSet;

/** The webhook controls (D21): targets, and the deliveries to them with every attempt. */
@Singleton
public final class WebhooksResource implements WebhooksApi {
    private final WebhookDispatcher webhooks;

    @Inject
    public WebhooksResource(WebhookDispatcher webhooks) {
        this.webhooks = webhooks;
    }

    @Override
    public Response addWebhookTarget(AddWebhookTargetRequest request) {
        WebhookSecret secret = request.getSecret() == null ? webhooks.defaultSecret() : secret(request.getSecret());
        List<String> events =
                request.getEvents().stream().map(WebhookEventName::toString).toList();
        Target target = webhooks.addTarget(request.getUrl(), secret, events);
        return Response.status(Response.Status.CREATED)
                .entity(WebhookViews.target(target))
                .build();
    }

    @Override
    public Response listWebhookTargets() {
        return Response.ok(new WebhookTargetList()
                        .targets(webhooks.targets().stream()
                                .map(WebhookViews::target)
                                .toList()))
                .build();
    }

    @Override
    public Response removeWebhookTarget(String targetId) {
        if (!webhooks.removeTarget(targetId)) {
            throw DomainException.notFound("Webhook target", targetId);
        }
        return Response.noContent().build();
    }

    @Override
    public Response listWebhookDeliveries(String event, DeliveryStatus status, Integer limit) {
        if (event != null && !WebhookDispatcher.EVENTS.contains(event)) {
            throw DomainException.invalid("event: must be one of "
                    + String.join(", ", new TreeSet<>(WebhookDispatcher.EVENTS)) + ", got \"" + event + "\"");
        }
        List<Delivery.Snapshot> found =
                webhooks.deliveries(event, WebhookViews.status(status), limit == null ? 100 : limit);
        return Response.ok(new WebhookDeliveryList()
                        .deliveries(found.stream()
                                .map(d -> WebhookViews.delivery(d, webhooks.json()))
                                .toList()))
                .build();
    }

    @Override
    public Response redeliverWebhook(String deliveryId) {
        Delivery.Snapshot queued = webhooks.redeliver(deliveryId);
        return Response.accepted(WebhookViews.delivery(queued, webhooks.json())).build();
    }

    private static WebhookSecret secret(String text) {
        try {
            return WebhookSecret.parse(text);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("secret: must be whsec_ followed by the base64 of a key, got an invalid one");
        }
    }
}
