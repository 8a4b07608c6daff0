package com.marqasouq.kit.contract.rendition;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An OpenAPI 3.1 validator that shares no code with swagger-parser or the rendition: the official
 * OpenAPI 3.1 JSON Schema for the document, and the JSON Schema 2020-12 meta-schema (3.1's default
 * dialect) for every Schema Object in it, both applied by networknt json-schema-validator.
 */
final class OpenApi31Validator {

    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema DOCUMENT = load();
    private static final JsonSchema META_SCHEMA = FACTORY.getSchema(
            com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);

    private OpenApi31Validator() {}

    /** Every problem found, as "where: what"; empty when the document is valid. */
    static List<String> problems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        describe(DOCUMENT.validate(document), "", problems);
        SchemaObjects.forEach(
                document,
                schema -> describe(META_SCHEMA.validate(schema), "schema " + shortText(schema) + " ", problems));
        return problems;
    }

    private static void describe(Set<ValidationMessage> messages, String prefix, List<String> out) {
        messages.forEach(m -> out.add(prefix + m.getInstanceLocation() + ": " + m.getMessage()));
    }

    private static String shortText(JsonNode schema) {
        String text = schema.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private static JsonSchema load() {
        try (InputStream in = OpenApi31Validator.class.getClassLoader().getResourceAsStream("oas-3.1-schema.json")) {
            return FACTORY.getSchema(in, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
