package com.marqasouq.kit.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marqasouq.kit.conformance.webhook.WebhookSchemas;
import com.marqasouq.kit.contract.Contract;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The contract as the sandbox answers it. D25 reads answers generously, so that another shop is
 * judged only on what the document states, but the sandbox promises more: the document's id
 * prefixes (the example of each id field), the known values of every open list
 * ({@code x-extensible-enum}: D6, D12 to D14) and no {@code null} where a field can be left out
 * (D24). This reading puts those promises back into the spec, so that every acceptance test that
 * checks an answer against it holds the sandbox to them.
 */
public final class StrictReading {
    private static final String OPAQUE_ID = "#/components/schemas/OpaqueId";
    private static String json;
    private static WebhookSchemas webhooks;

    private StrictReading() {}

    /** The strict reading of the contract, as JSON (swagger-parser reads it like the YAML). */
    public static synchronized String json() {
        if (json == null) {
            try {
                json = new ObjectMapper()
                        .writeValueAsString(
                                tighten(Contract.marqasouqOdoo().tree().deepCopy()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return json;
    }

    /** The webhook payloads as the sandbox sends them: this reading, objects closed. */
    public static synchronized WebhookSchemas webhooks() {
        if (webhooks == null) {
            webhooks = WebhookSchemas.of(Contract.parse("the sandbox's strict reading", json()), false);
        }
        return webhooks;
    }

    /** Rewrites the relaxed places of {@code spec} in place and returns it. */
    static JsonNode tighten(JsonNode spec) {
        String opaque = spec.at("/components/schemas/OpaqueId/pattern").asText();
        Set<JsonNode> requiredFields = requiredFields(spec);
        eachObject(spec, node -> {
            if (node.has("x-extensible-enum")) {
                node.set("enum", node.get("x-extensible-enum").deepCopy());
            }
            if (isOpaqueId(node, opaque) && node.path("example").asText().contains("_")) {
                String example = node.get("example").asText();
                node.remove("allOf");
                node.put("type", "string");
                node.put("pattern", "^" + example.substring(0, example.indexOf('_') + 1) + "[A-Za-z0-9_]+$");
            }
            // D24: a field the document shows as null stays nullable; the sandbox omits the others.
            if (!requiredFields.contains(node)) {
                node.remove("nullable");
            }
        });
        return spec;
    }

    private static boolean isOpaqueId(ObjectNode node, String opaquePattern) {
        JsonNode allOf = node.path("allOf");
        boolean refersToOpaqueId =
                allOf.size() == 1 && OPAQUE_ID.equals(allOf.get(0).path("$ref").asText());
        return refersToOpaqueId || opaquePattern.equals(node.path("pattern").asText());
    }

    /** The schemas of the properties that their object lists as required. */
    private static Set<JsonNode> requiredFields(JsonNode spec) {
        Set<JsonNode> fields = Collections.newSetFromMap(new IdentityHashMap<>());
        eachObject(
                spec,
                node -> node.path("required").forEach(name -> {
                    JsonNode field = node.path("properties").path(name.asText());
                    if (field.isObject()) {
                        fields.add(field);
                    }
                }));
        return fields;
    }

    private static void eachObject(JsonNode node, Consumer<ObjectNode> action) {
        if (node instanceof ObjectNode object) {
            action.accept(object);
            object.elements().forEachRemaining(child -> eachObject(child, action));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> eachObject(child, action));
        }
    }
}
