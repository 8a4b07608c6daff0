package com.marqasouq.kit.sandbox.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.sandbox.domain.DomainEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/**
 * One event as D20 sends it, {@code {id, event, timestamp, data}}, serialized once: these exact
 * bytes are signed and sent on every attempt and every redelivery.
 */
final class WebhookEnvelope {
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private final String id;
    private final String event;
    private final byte[] body;

    private WebhookEnvelope(String id, String event, byte[] body) {
        this.id = id;
        this.event = event;
        this.body = body;
    }

    /** {@code timestamp} is sandbox time (D21): it says when the change happened in the shop. */
    static WebhookEnvelope of(String id, DomainEvent event, Instant timestamp, ObjectMapper json) {
        try {
            return new WebhookEnvelope(
                    id, event.name(), json.writeValueAsBytes(WebhookPayloads.of(event, id, timestamp)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The " + event.name() + " event could not be written as JSON", e);
        }
    }

    /** The same event, read back from the state file with its exact bytes. */
    static WebhookEnvelope restored(String id, String event, byte[] body) {
        return new WebhookEnvelope(id, event, body.clone());
    }

    String id() {
        return id;
    }

    String event() {
        return event;
    }

    byte[] body() {
        return body.clone();
    }

    /** The sent body read back, for the deliveries list. */
    Map<String, Object> payload(ObjectMapper json) {
        try {
            return json.readValue(body, OBJECT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
