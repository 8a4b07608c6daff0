package com.marqasouq.kit.contract.rendition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.JsonText;
import com.marqasouq.kit.contract.WebhookEvent;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OpenApi31RenditionTest {

    private static final Contract SOURCE = Contract.marqasouqOdoo();
    private static final ObjectNode RENDITION = OpenApi31Rendition.of(SOURCE.tree());
    private static final List<String> EVENTS =
            SOURCE.webhookEvents().stream().map(WebhookEvent::name).toList();

    @Test
    void theRenditionIsValidOpenApi31ByTheOfficialSchemaAndEverySchemaObjectByJsonSchema202012() {
        List<String> problems = OpenApi31Validator.problems(RENDITION);

        assertEquals(List.of(), problems, "the rendition is not valid OpenAPI 3.1");
        assertEquals("3.1.0", RENDITION.path("openapi").asText());
    }

    @Test
    void theValidatorRejectsABrokenWebhookAndABrokenSchema() {
        ObjectNode broken = RENDITION.deepCopy();
        ((ObjectNode) broken.at("/webhooks/order.placed/post")).put("requestBody", "a payload");
        ((ObjectNode) broken.at("/components/schemas/Quantity")).put("type", "intger");

        List<String> problems = OpenApi31Validator.problems(broken);

        assertTrue(problems.stream().anyMatch(p -> p.startsWith("/webhooks/order.placed/post")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("intger") || p.contains("/type")), problems::toString);
    }

    @Test
    void swaggerParserReadsTheRenditionAsOpenApi31WithTheSevenWebhooks() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIParser().readContents(JsonText.pretty(RENDITION), null, options);

        assertEquals(List.of(), result.getMessages());
        assertEquals("3.1.0", result.getOpenAPI().getOpenapi());
        assertEquals(EVENTS, List.copyOf(result.getOpenAPI().getWebhooks().keySet()));
    }

    @Test
    void theRenditionHasTheSourcesOperations() {
        assertEquals(operations(SOURCE.tree()), operations(RENDITION));
        assertEquals(SOURCE.operations().size(), operations(RENDITION).size());
    }

    @Test
    void turnedBackInto30TheRenditionsPathsAndComponentsAreTheSources() {
        ObjectNode back = RENDITION.deepCopy();
        SchemaObjects.forEach(back, OpenApi31RenditionTest::to30);

        assertEquals(SOURCE.tree().get("paths"), back.get("paths"));
        assertEquals(SOURCE.tree().get("components"), back.get("components"));
        assertEquals(SOURCE.tree().get("servers"), back.get("servers"));
        assertEquals(SOURCE.tree().get("security"), back.get("security"));
    }

    @Test
    void everyEventIsAWebhookWithItsPayloadSchemaTheStandardWebhooksHeadersAndHowToVerify() {
        JsonNode source = SOURCE.tree().get("x-webhooks");
        assertEquals(EVENTS, OpenApi31Rendition.webhookNames(RENDITION));
        for (String event : EVENTS) {
            JsonNode post = RENDITION.at("/webhooks/" + event.replace("/", "~1") + "/post");
            JsonNode sourcePost = source.path(event).path("post");
            assertEquals(sourcePost.path("requestBody"), post.path("requestBody"), event);
            assertTrue(
                    post.at("/requestBody/content/application~1json/schema/$ref")
                            .asText()
                            .endsWith("Event"),
                    event);
            assertEquals(
                    List.of(
                            "#/components/parameters/WebhookId",
                            "#/components/parameters/WebhookTimestamp",
                            "#/components/parameters/WebhookSignature"),
                    post.path("parameters").findValuesAsText("$ref"),
                    event);
            String description = post.path("description").asText();
            assertTrue(
                    description.startsWith(
                            sourcePost.path("description").asText().strip()),
                    event);
            assertTrue(description.contains("**Verifying a delivery**"), event);
            assertTrue(description.contains("HMAC-SHA256"), event);
            assertEquals(0, post.path("security").size(), event + " is signed, not sent with a bearer token");
        }
        assertFalse(RENDITION.has("x-webhooks"));
    }

    @Test
    void aNullableFieldAllowsNullAsAType() {
        JsonNode barcode = RENDITION.at("/components/schemas/ProductVariant/properties/barcode");

        assertEquals("[\"string\",\"null\"]", barcode.path("type").toString());
        assertFalse(barcode.has("nullable"));
    }

    @Test
    void schemaConversionsCoverEnumsExamplesAndExclusiveBounds() throws Exception {
        ObjectNode schema = (ObjectNode) new ObjectMapper()
                .readTree("{\"type\":\"string\",\"nullable\":true,\"enum\":[\"a\"],\"example\":\"a\","
                        + "\"minimum\":0,\"exclusiveMinimum\":true,\"maximum\":9,\"exclusiveMaximum\":false}");

        OpenApi31Rendition.convertSchema(schema);

        assertEquals(
                "{\"type\":[\"string\",\"null\"],\"enum\":[\"a\",null],\"maximum\":9,\"examples\":[\"a\"],"
                        + "\"exclusiveMinimum\":0}",
                schema.toString());
    }

    @Test
    void theSourceIsNotChanged() {
        assertEquals("3.0.3", SOURCE.tree().path("openapi").asText());
        assertTrue(SOURCE.tree().has("x-webhooks"));
    }

    /** The 3.0 spelling of a 3.1 schema, as the rendition's inverse. */
    private static void to30(ObjectNode schema) {
        JsonNode type = schema.get("type");
        if (type instanceof ArrayNode types
                && types.size() == 2
                && types.get(1).asText().equals("null")) {
            schema.put("type", types.get(0).asText());
            schema.put("nullable", true);
            if (schema.get("enum") instanceof ArrayNode values
                    && values.get(values.size() - 1).isNull()) {
                values.remove(values.size() - 1);
            }
        }
        JsonNode examples = schema.remove("examples");
        if (examples != null) {
            schema.set("example", examples.get(0));
        }
    }

    private static Map<String, String> operations(JsonNode document) {
        Map<String, String> operations = new TreeMap<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().stream()
                        .filter(op -> op.getValue().has("responses"))
                        .forEach(op -> operations.put(
                                op.getKey() + " " + path.getKey(),
                                op.getValue().path("operationId").asText())));
        return operations;
    }
}
