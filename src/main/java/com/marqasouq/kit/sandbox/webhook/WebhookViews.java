package com.marqasouq.kit.sandbox.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.generated.control.model.DeliveryStatus;
import com.marqasouq.kit.generated.control.model.WebhookAttempt;
import com.marqasouq.kit.generated.control.model.WebhookDelivery;
import com.marqasouq.kit.generated.control.model.WebhookEventName;
import com.marqasouq.kit.generated.control.model.WebhookTarget;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Targets and deliveries as sandbox-control.yaml describes them. */
final class WebhookViews {
    private WebhookViews() {}

    /** A target without an event filter lists all seven events; its secret is never shown. */
    static WebhookTarget target(Target target) {
        List<WebhookEventName> events = Arrays.stream(WebhookEventName.values())
                .filter(name -> target.wants(name.toString()))
                .toList();
        return new WebhookTarget(target.id(), target.url().toString(), events);
    }

    static WebhookDelivery delivery(Delivery.Snapshot d, ObjectMapper json) {
        WebhookDelivery view = new WebhookDelivery(
                d.id(),
                d.envelope().id(),
                WebhookEventName.fromValue(d.envelope().event()),
                d.target().id(),
                d.target().url().toString(),
                status(d.status()),
                d.attempts().stream().map(WebhookViews::attempt).toList(),
                d.envelope().payload(json));
        return view.nextAttemptAt(at(d.nextAttemptAt()));
    }

    static DeliveryStatus status(Delivery.Status status) {
        return DeliveryStatus.fromValue(status.name().toLowerCase(Locale.ROOT));
    }

    static Delivery.Status status(DeliveryStatus status) {
        return status == null ? null : Delivery.Status.valueOf(status.toString().toUpperCase(Locale.ROOT));
    }

    private static WebhookAttempt attempt(Attempt attempt) {
        return new WebhookAttempt(attempt.number(), at(attempt.at()), attempt.durationMs())
                .statusCode(attempt.statusCode())
                .error(attempt.error());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
