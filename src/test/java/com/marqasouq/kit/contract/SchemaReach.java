package com.marqasouq.kit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * The schemas that one side of the contract reaches, references followed: what the shop answers
 * (response bodies, and the webhook payloads and headers it sends) or what it is sent (request
 * bodies and parameters). Each schema is named by where it is: {@code Order.billing_address},
 * {@code OrderStatus}, {@code /admin/orders GET limit}.
 */
final class SchemaReach {
    static final String SCHEMAS = "#/components/schemas/";

    /** A schema and where it is. */
    record Located(String where, JsonNode schema) {}

    /** A property of an object schema or a parameter, with whether it is required. */
    record Field(String where, String name, JsonNode schema, boolean required) {}

    private final JsonNode spec;
    private final Set<String> components = new HashSet<>();
    private final List<Located> schemas = new ArrayList<>();
    private final List<Field> fields = new ArrayList<>();
    private final List<Field> parameters = new ArrayList<>();

    private SchemaReach(JsonNode spec) {
        this.spec = spec;
    }

    static JsonNode spec() {
        return ContractSpec.MAIN.tree().deepCopy();
    }

    static SchemaReach answers(JsonNode spec) {
        SchemaReach reach = new SchemaReach(spec);
        spec.path("paths")
                .forEach(item -> item.forEach(operation -> operation
                        .path("responses")
                        .forEach(response -> reach.content(reach.resolve(response, "responses"), "response"))));
        spec.path("x-webhooks")
                .properties()
                .forEach(hook -> hook.getValue().forEach(operation -> {
                    reach.content(operation.path("requestBody"), "webhook " + hook.getKey());
                    reach.visitParameters(operation.path("parameters"), "webhook " + hook.getKey());
                }));
        return reach;
    }

    static SchemaReach requests(JsonNode spec) {
        SchemaReach reach = new SchemaReach(spec);
        spec.path("paths").properties().forEach(item -> {
            reach.visitParameters(item.getValue().path("parameters"), item.getKey());
            item.getValue().properties().forEach(operation -> {
                String where = item.getKey() + " " + operation.getKey().toUpperCase();
                reach.visitParameters(operation.getValue().path("parameters"), where);
                reach.content(operation.getValue().path("requestBody"), where);
            });
        });
        return reach;
    }

    List<Located> schemas() {
        return schemas;
    }

    /** The properties of the objects reached. */
    List<Field> fields() {
        return fields;
    }

    /** The parameters: query, path and header. */
    List<Field> parameters() {
        return parameters;
    }

    /** A schema with its {@code $ref} followed, if it has one. */
    JsonNode resolve(JsonNode schema) {
        return resolve(schema, "schemas");
    }

    static String component(String ref) {
        return ref.startsWith(SCHEMAS) ? ref.substring(SCHEMAS.length()) : null;
    }

    private JsonNode resolve(JsonNode node, String section) {
        String ref = node.path("$ref").asText();
        String prefix = "#/components/" + section + "/";
        return ref.startsWith(prefix)
                ? spec.path("components").path(section).path(ref.substring(prefix.length()))
                : node;
    }

    private void content(JsonNode holder, String where) {
        holder.path("content").forEach(media -> visit(media.path("schema"), where));
    }

    private void visitParameters(JsonNode list, String where) {
        list.forEach(p -> {
            JsonNode parameter = resolve(p, "parameters");
            String name = parameter.path("name").asText();
            parameters.add(new Field(
                    where + " " + name,
                    name,
                    parameter.path("schema"),
                    parameter.path("required").asBoolean()));
            visit(parameter.path("schema"), where + " " + name);
        });
    }

    private void visit(JsonNode schema, String where) {
        if (!schema.isObject()) {
            return;
        }
        String name = component(schema.path("$ref").asText());
        if (name != null) {
            if (components.add(name)) {
                visit(spec.at("/components/schemas/" + name), name);
            }
            return;
        }
        schemas.add(new Located(where, schema));
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").properties().forEach(p -> {
            fields.add(new Field(where + "." + p.getKey(), p.getKey(), p.getValue(), required.contains(p.getKey())));
            visit(p.getValue(), where + "." + p.getKey());
        });
        visit(schema.path("items"), where + "[]");
        visit(schema.path("additionalProperties"), where + "{}");
        for (String composition : List.of("allOf", "oneOf", "anyOf")) {
            StreamSupport.stream(schema.path(composition).spliterator(), false).forEach(s -> visit(s, where));
        }
    }
}
