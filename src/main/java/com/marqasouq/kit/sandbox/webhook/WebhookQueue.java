package com.marqasouq.kit.sandbox.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.marqasouq.kit.webhook.WebhookSecret;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Targets and undelivered events as the state file keeps them: each target with its secret (so
 * a restart signs as before), each pending delivery with the exact bytes of its event and the
 * attempts it has made.
 */
public final class WebhookQueue {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private WebhookQueue() {}

    public record Snapshot(List<SavedTarget> targets, List<SavedDelivery> pending) {
        public JsonNode toJson() {
            return JSON.valueToTree(this);
        }

        /** Reads the section back; a wrong shape is an IllegalArgumentException naming the field. */
        public static Snapshot fromJson(JsonNode node) {
            try {
                Snapshot snapshot = JSON.treeToValue(node, Snapshot.class);
                return new Snapshot(
                        snapshot.targets == null ? List.of() : snapshot.targets,
                        snapshot.pending == null ? List.of() : snapshot.pending);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("webhooks: " + e.getOriginalMessage());
            }
        }

        List<Target> targets(Function<String, WebhookSecret> secrets) {
            return targets.stream()
                    .map(t -> new Target(t.id, URI.create(t.url), secrets.apply(t.secret), Set.copyOf(t.events)))
                    .toList();
        }

        /** Newest first, as saved; deliveries to a target that is not there any more are left out. */
        List<Delivery> deliveries(Map<String, Target> targetsByOldId) {
            List<Delivery> out = new ArrayList<>();
            for (SavedDelivery d : pending) {
                Target target = targetsByOldId.get(d.targetId);
                if (target == null) {
                    continue;
                }
                WebhookEnvelope envelope =
                        WebhookEnvelope.restored(d.eventId, d.event, d.body.getBytes(StandardCharsets.UTF_8));
                List<Attempt> attempts = d.attempts == null
                        ? List.of()
                        : d.attempts.stream()
                                .map(a -> new Attempt(a.number, a.at, a.statusCode, a.error, a.durationMs))
                                .toList();
                out.add(Delivery.restored(d.id, envelope, target, attempts));
            }
            return out;
        }
    }

    public record SavedTarget(String id, String url, String secret, List<String> events) {}

    public record SavedDelivery(
            String id, String targetId, String eventId, String event, String body, List<SavedAttempt> attempts) {}

    public record SavedAttempt(int number, Instant at, Integer statusCode, String error, long durationMs) {}

    static Snapshot export(List<Target> targets, List<Delivery> pendingNewestFirst) {
        List<SavedTarget> savedTargets = targets.stream()
                .map(t -> new SavedTarget(t.id(), t.url().toString(), t.secret().text(), List.copyOf(t.events())))
                .toList();
        List<SavedDelivery> saved = new ArrayList<>();
        for (Delivery delivery : pendingNewestFirst) {
            Delivery.Snapshot d = delivery.snapshot();
            if (d.status() != Delivery.Status.PENDING) {
                continue;
            }
            saved.add(new SavedDelivery(
                    d.id(),
                    d.target().id(),
                    d.envelope().id(),
                    d.envelope().event(),
                    new String(d.envelope().body(), StandardCharsets.UTF_8),
                    d.attempts().stream()
                            .map(a -> new SavedAttempt(a.number(), a.at(), a.statusCode(), a.error(), a.durationMs()))
                            .toList()));
        }
        return new Snapshot(savedTargets, saved);
    }
}
