package com.marqasouq.kit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * D25 in the spec's schemas: answers constrain only what the document states (opaque ids, open
 * lists, optional fields that may be null, open objects, unbounded echoes of paging), requests
 * stay strict (D19). Each test lists every place that breaks its rule.
 */
class AnswerAndRequestSchemasTest {

    private static final JsonNode SPEC = SchemaReach.spec();
    private static final SchemaReach ANSWERS = SchemaReach.answers(SPEC);
    private static final SchemaReach REQUESTS = SchemaReach.requests(SPEC);
    private static final String OPAQUE =
            SPEC.at("/components/schemas/OpaqueId/pattern").asText();

    @Test
    void everyIdInAnAnswerIsOpaqueAndShowsTheDocumentsPrefixAsItsExample() {
        assertEquals(
                Set.of(),
                where(Stream.concat(ANSWERS.fields().stream(), ANSWERS.parameters().stream())
                        .filter(f -> isId(f.name()))
                        .map(f -> new SchemaReach.Field(f.where(), f.name(), ANSWERS.resolve(f.schema()), f.required()))
                        .filter(f -> !isOpaque(f.schema())
                                || !f.schema().path("example").asText().matches("[a-z]+_.+"))
                        .map(SchemaReach.Field::where)),
                "ids of answers that are not OpaqueId with a prefixed example");
    }

    @Test
    void everyIdSentToTheShopKeepsItsPrefix() {
        assertEquals(
                Set.of(),
                where(Stream.concat(REQUESTS.fields().stream(), REQUESTS.parameters().stream())
                        .filter(f -> isId(f.name()))
                        .filter(f -> !REQUESTS.resolve(f.schema())
                                .path("pattern")
                                .asText()
                                .matches("\\^[a-z]+_\\[.*"))
                        .map(SchemaReach.Field::where)),
                "ids of requests without their fixed prefix");
    }

    @Test
    void noObjectOfAnAnswerIsClosed() {
        assertEquals(
                Set.of(),
                where(ANSWERS.schemas().stream()
                        .filter(s -> s.schema().path("additionalProperties").isBoolean())
                        .filter(s -> !s.schema().path("additionalProperties").asBoolean())
                        .map(SchemaReach.Located::where)),
                "answer objects with additionalProperties: false");
    }

    @Test
    void everyObjectOfARequestIsClosed() {
        assertEquals(
                Set.of(),
                where(REQUESTS.schemas().stream()
                        .filter(s -> s.schema().has("properties"))
                        .filter(s -> !s.schema().path("additionalProperties").isBoolean()
                                || s.schema().path("additionalProperties").asBoolean())
                        .map(SchemaReach.Located::where)),
                "request objects that accept fields the contract does not name");
    }

    @Test
    void everyOptionalFieldOfAnAnswerMayBeNull() {
        assertEquals(
                Set.of(),
                where(ANSWERS.fields().stream()
                        .filter(f -> !f.required() && !nullable(f.schema()))
                        .map(SchemaReach.Field::where)),
                "optional answer fields that refuse null");
    }

    @Test
    void aRequiredFieldOfAnAnswerIsNullOnlyWhereTheDocumentShowsNull() {
        assertEquals(
                Set.of("OdooOrderDetailItem.barcode", "ProductVariant.barcode"),
                where(ANSWERS.fields().stream()
                        .filter(f -> f.required() && nullable(f.schema()))
                        .map(SchemaReach.Field::where)),
                "required answer fields that allow null (D24)");
    }

    @Test
    void noValueSentToTheShopMayBeNull() {
        assertEquals(
                Set.of(),
                where(REQUESTS.schemas().stream()
                        .filter(s -> nullable(s.schema()))
                        .map(SchemaReach.Located::where)),
                "request schemas that allow null");
    }

    @Test
    void inAnswersOnlyTheOrderStatusTheErrorTypesAndTheEventNamesAreClosedLists() {
        Set<String> expected = new TreeSet<>(List.of(
                "OrderStatus",
                "NullableOrderStatus",
                "CanceledOrder.status",
                "InvalidDataError.type",
                "UnauthorizedError.type",
                "NotFoundError.type",
                "ConflictError.type"));
        Stream.of(
                        "OrderPlaced",
                        "OrderUpdated",
                        "OrderCanceled",
                        "OrderCompleted",
                        "CustomerCreated",
                        "CustomerUpdated",
                        "InventoryUpdated")
                .forEach(event -> expected.add(event + "Event.event"));

        assertEquals(
                expected,
                where(ANSWERS.schemas().stream()
                        .filter(s -> s.schema().has("enum"))
                        .map(SchemaReach.Located::where)),
                "closed lists in answers (D6, section 6.1, section 7)");
    }

    @Test
    void pagingValuesThatAnAnswerEchoesAreNotBounded() {
        assertEquals(
                Set.of(),
                where(ANSWERS.fields().stream()
                        .filter(f -> f.name().equals("limit") || f.name().equals("offset"))
                        .filter(f -> f.schema().has("minimum") || f.schema().has("maximum"))
                        .map(SchemaReach.Field::where)),
                "echoed limit or offset with bounds");
    }

    @Test
    void everyNullableTwinIsItsSchemaAllowingNull() {
        JsonNode schemas = SPEC.at("/components/schemas");
        List<String> twins = new ArrayList<>();
        schemas.fieldNames().forEachRemaining(name -> {
            if (name.startsWith("Nullable") && schemas.has(name.substring("Nullable".length()))) {
                twins.add(name);
            }
        });

        assertFalse(twins.isEmpty(), "no Nullable twin found");
        for (String twin : twins) {
            JsonNode base = schemas.get(twin.substring("Nullable".length()));
            assertEquals(true, schemas.get(twin).path("nullable").asBoolean(), twin + " allows null");
            assertEquals(withoutNotes(base), withoutNotes(schemas.get(twin)), twin + " differs from its schema");
        }
    }

    private static JsonNode withoutNotes(JsonNode schema) {
        ObjectNode copy = schema.deepCopy();
        copy.remove(List.of("nullable", "description", "x-medusa-v2"));
        return copy;
    }

    /** Ids of the shop's records; Odoo's own references are opaque strings of any form (D3). */
    /**
     * Ids of the shop's records. Not ids in this sense: Odoo's own references, opaque strings of
     * any form (D3), the order number shown to people and the payment provider's name.
     */
    private static boolean isId(String name) {
        boolean named = name.equals("id") || name.endsWith("_id") || name.equals("webhook-id");
        return named && !name.startsWith("odoo_") && !name.equals("display_id") && !name.equals("provider_id");
    }

    private static boolean isOpaque(JsonNode schema) {
        JsonNode allOf = schema.path("allOf");
        return (allOf.size() == 1
                        && "#/components/schemas/OpaqueId"
                                .equals(allOf.get(0).path("$ref").asText()))
                || OPAQUE.equals(schema.path("pattern").asText());
    }

    /** Whether the schema, or the component it refers to, allows null. */
    private static boolean nullable(JsonNode schema) {
        return ANSWERS.resolve(schema).path("nullable").asBoolean(false);
    }

    private static Set<String> where(Stream<String> places) {
        return places.collect(Collectors.toCollection(TreeSet::new));
    }
}
