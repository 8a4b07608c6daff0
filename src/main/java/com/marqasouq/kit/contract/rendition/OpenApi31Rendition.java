package com.marqasouq.kit.contract.rendition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The contract as OpenAPI 3.1: the same operations and schemas as the 3.0.3 source, with the
 * webhooks under {@code webhooks} (3.0 has no place for them, so the source keeps them under
 * {@code x-webhooks}) and each webhook telling how to verify its signature.
 *
 * <p>The source stays 3.0.3 because the generator and the response validator need it; this
 * rendition is derived from it and never edited by hand. What changes:
 *
 * <ul>
 *   <li>{@code openapi: 3.1.0}; {@code x-webhooks} becomes {@code webhooks}, each with
 *       {@code security: []} and the signature check in its description;
 *   <li>{@code nullable: true} becomes {@code null} among the schema's types (and its enum);
 *   <li>a schema's {@code example} becomes {@code examples: [example]};
 *   <li>a boolean {@code exclusiveMinimum}/{@code exclusiveMaximum} becomes the number it bounds.
 * </ul>
 */
public final class OpenApi31Rendition {

    public static final String VERSION = "3.1.0";
    private static final String GUIDE = "com/marqasouq/kit/contract/rendition/verifying-webhooks.md";

    private OpenApi31Rendition() {}

    /** A new 3.1 document made from {@code source} (a 3.0.x document, left unchanged). */
    public static ObjectNode of(JsonNode source) {
        if (!source.path("openapi").asText().startsWith("3.0.")) {
            throw new IllegalArgumentException("Expected an OpenAPI 3.0.x document, got openapi: "
                    + source.path("openapi").asText("(none)"));
        }
        ObjectNode copy = source.deepCopy();
        SchemaObjects.forEach(copy, OpenApi31Rendition::convertSchema);
        return withWebhooks(copy);
    }

    /** The same keys in the same order, with {@code webhooks} right after {@code paths}. */
    private static ObjectNode withWebhooks(ObjectNode document) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        JsonNode webhooks = document.path("x-webhooks");
        for (Map.Entry<String, JsonNode> entry : document.properties()) {
            switch (entry.getKey()) {
                case "openapi" -> out.put("openapi", VERSION);
                case "x-webhooks" -> {}
                case "info" -> out.set("info", info((ObjectNode) entry.getValue()));
                case "paths" -> {
                    out.set("paths", entry.getValue());
                    if (webhooks.isObject()) {
                        out.set("webhooks", signedWebhooks((ObjectNode) webhooks));
                    }
                }
                default -> out.set(entry.getKey(), entry.getValue());
            }
        }
        return out;
    }

    private static ObjectNode info(ObjectNode info) {
        if (info.has("description")) {
            info.put("description", info.get("description").asText().replace("`x-webhooks`", "`webhooks`"));
        }
        return info;
    }

    /**
     * Every webhook operation's description ends with how to verify the delivery. In 3.1 the
     * document's bearer {@code security} would apply to webhooks too; they are signed instead, so
     * each says {@code security: []}, as the source means.
     */
    private static ObjectNode signedWebhooks(ObjectNode webhooks) {
        String guide = verificationGuide();
        for (JsonNode pathItem : webhooks) {
            for (JsonNode operation : pathItem) {
                if (operation instanceof ObjectNode op && op.has("requestBody")) {
                    String description = op.path("description").asText("").strip();
                    op.put("description", (description.isEmpty() ? "" : description + "\n\n") + guide);
                    if (!op.has("security")) {
                        op.putArray("security");
                    }
                }
            }
        }
        return webhooks;
    }

    static void convertSchema(ObjectNode schema) {
        JsonNode nullable = schema.remove("nullable");
        if (nullable != null && nullable.asBoolean()) {
            allowNull(schema);
        }
        JsonNode example = schema.remove("example");
        if (example != null && !schema.has("examples")) {
            schema.putArray("examples").add(example);
        }
        exclusiveBound(schema, "exclusiveMinimum", "minimum");
        exclusiveBound(schema, "exclusiveMaximum", "maximum");
    }

    private static void allowNull(ObjectNode schema) {
        JsonNode type = schema.get("type");
        if (type == null || schema.has("$ref")) {
            // 3.0 ignores nullable without a type; a $ref with siblings would need allOf: refuse rather than guess.
            throw new IllegalArgumentException("nullable without a plain type is not supported: " + schema);
        }
        if (type.isTextual()) {
            schema.putArray("type").add(type.asText()).add("null");
        }
        JsonNode values = schema.get("enum");
        if (values instanceof ArrayNode list && !containsNull(list)) {
            list.addNull();
        }
    }

    private static boolean containsNull(ArrayNode list) {
        for (JsonNode value : list) {
            if (value.isNull()) {
                return true;
            }
        }
        return false;
    }

    private static void exclusiveBound(ObjectNode schema, String exclusive, String bound) {
        JsonNode flag = schema.get(exclusive);
        if (flag == null || !flag.isBoolean()) {
            return;
        }
        schema.remove(exclusive);
        if (flag.asBoolean()) {
            schema.set(exclusive, schema.remove(bound));
        }
    }

    /** The text every webhook carries: the Standard Webhooks headers and how to check them. */
    public static String verificationGuide() {
        try (InputStream in = OpenApi31Rendition.class.getClassLoader().getResourceAsStream(GUIDE)) {
            if (in == null) {
                throw new IllegalStateException(GUIDE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of the webhooks of a 3.1 document, in order. */
    public static List<String> webhookNames(JsonNode document) {
        return document.path("webhooks").propertyStream().map(Map.Entry::getKey).toList();
    }
}
