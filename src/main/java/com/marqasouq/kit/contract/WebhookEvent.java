package com.marqasouq.kit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One webhook event of the contract's {@code x-webhooks} (section 6 of the API document): the
 * shop POSTs a signed payload of a named component schema to the receiver.
 */
public final class WebhookEvent {

    private static final String SCHEMAS = "#/components/schemas/";

    private final Contract contract;
    private final String name;
    private final JsonNode post;

    WebhookEvent(Contract contract, String name, JsonNode post) {
        this.contract = contract;
        this.name = name;
        this.post = post;
    }

    /** The event's name, e.g. {@code order.placed}. */
    public String name() {
        return name;
    }

    /** The {@code operationId} of its POST, e.g. {@code orderPlacedWebhook}. */
    public String operationId() {
        return post.path("operationId").asText();
    }

    /** The {@code $ref} of the payload's schema, e.g. {@code #/components/schemas/OrderPlacedWebhook}. */
    public String payloadRef() {
        String ref = post.path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asText();
        if (!ref.startsWith(SCHEMAS)) {
            throw new IllegalStateException("x-webhooks." + name + " has no payload schema reference: '" + ref + "'");
        }
        return ref;
    }

    /** The name of the payload's component schema, e.g. {@code OrderPlacedWebhook}. */
    public String payloadSchema() {
        return payloadRef().substring(SCHEMAS.length());
    }

    /** The parameters of its POST (the signature headers), {@code $ref}s followed. */
    public List<Parameter> parameters() {
        List<Parameter> parameters = new ArrayList<>();
        post.path("parameters").forEach(p -> parameters.add(Parameter.of(contract.resolve(p))));
        return parameters;
    }

    /** The event's POST node in the tree. */
    public JsonNode node() {
        return post;
    }

    @Override
    public String toString() {
        return name;
    }
}
