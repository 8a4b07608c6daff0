package com.marqasouq.kit.contract.rendition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds every Schema Object of an OpenAPI document: the values of {@code components.schemas},
 * every {@code schema} of a parameter, header or media type, and the sub-schemas they nest.
 * Example values are never entered, so an example with a key such as {@code items} or
 * {@code schema} is never mistaken for a schema.
 */
final class SchemaObjects {

    /** Keys whose values are data (examples, defaults), never part of the document's structure. */
    private static final Set<String> DATA = Set.of("example", "examples", "default", "enum", "const");

    private static final Set<String> SINGLE_SUBSCHEMAS = Set.of("items", "not", "additionalProperties");
    private static final Set<String> LIST_SUBSCHEMAS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final Set<String> MAP_SUBSCHEMAS = Set.of("properties", "patternProperties");

    private SchemaObjects() {}

    /** Calls {@code visit} once for every Schema Object of the document, parents before children. */
    static void forEach(JsonNode document, Consumer<ObjectNode> visit) {
        for (JsonNode schema : document.path("components").path("schemas")) {
            schema(schema, visit);
        }
        for (Map.Entry<String, JsonNode> entry : document.properties()) {
            if (!entry.getKey().equals("components")) {
                structure(entry.getValue(), visit);
            }
        }
        for (Map.Entry<String, JsonNode> entry : document.path("components").properties()) {
            if (!entry.getKey().equals("schemas")) {
                structure(entry.getValue(), visit);
            }
        }
    }

    /** Any part of the document that is not a schema: looks for {@code schema} keys below it. */
    private static void structure(JsonNode node, Consumer<ObjectNode> visit) {
        if (node.isArray()) {
            node.forEach(child -> structure(child, visit));
            return;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (DATA.contains(entry.getKey())) {
                continue;
            }
            if (entry.getKey().equals("schema")) {
                schema(entry.getValue(), visit);
            } else {
                structure(entry.getValue(), visit);
            }
        }
    }

    private static void schema(JsonNode node, Consumer<ObjectNode> visit) {
        if (!(node instanceof ObjectNode schema)) {
            return; // `additionalProperties: false` and the like
        }
        visit.accept(schema);
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            String key = entry.getKey();
            if (SINGLE_SUBSCHEMAS.contains(key)) {
                schema(entry.getValue(), visit);
            } else if (LIST_SUBSCHEMAS.contains(key)) {
                entry.getValue().forEach(child -> schema(child, visit));
            } else if (MAP_SUBSCHEMAS.contains(key)) {
                entry.getValue().forEach(child -> schema(child, visit));
            }
        }
    }
}
