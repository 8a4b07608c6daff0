package com.marqasouq.kit.conformance.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The validator's messages become stable violations: the same fault in two answers reads the same. */
class ShapeWordingTest {

    @Test
    void arrayIndexesAndTheAnswersOwnValuesAreTakenOut() {
        ShapeViolation first = ShapeWording.violation(
                "listInventoryItems",
                "GET /admin/inventory-items",
                200,
                "validation.response.body.schema.pattern",
                "[Path '/inventory_items/0/location_levels/3/id'] ECMA 262 regex \"^iloc_[A-Za-z0-9_]+$\" does not"
                        + " match input string \"ilev_01ABC\"",
                null);
        ShapeViolation second = ShapeWording.violation(
                "listInventoryItems",
                "GET /admin/inventory-items",
                200,
                "validation.response.body.schema.pattern",
                "[Path '/inventory_items/7/location_levels/0/id'] ECMA 262 regex \"^iloc_[A-Za-z0-9_]+$\" does not"
                        + " match input string \"ilev_99XYZ\"",
                null);

        assertEquals("/inventory_items/*/location_levels/*/id", first.pointer());
        assertEquals(first.fingerprint(), second.fingerprint());
        assertEquals("pattern", first.rule());
        assertEquals("does not match the pattern `^iloc_[A-Za-z0-9_]+$`", first.problem());
    }

    @Test
    void missingPropertiesAreNamedAndTheRootIsTheBody() {
        ShapeViolation v = ShapeWording.violation(
                "getOrder",
                "GET /admin/orders/{order_id}",
                401,
                "validation.response.body.schema.required",
                "Object has missing required properties ([\"code\",\"type\"])",
                "/");

        assertEquals("lacks `code`, `type`", v.problem());
        assertEquals("the body", v.where());
        assertEquals("error answers", v.statusGroup());
    }

    @Test
    void errorAnswersOfAnyStatusShareACauseButTwoHundredsDoNot() {
        ShapeViolation notFound = missingCode("getOrder", 404);
        ShapeViolation badRequest = missingCode("listOrders", 400);
        ShapeViolation ok = missingCode("listOrders", 200);

        assertEquals(notFound.causeKey(), badRequest.causeKey());
        org.junit.jupiter.api.Assertions.assertNotEquals(notFound.causeKey(), ok.causeKey());
        org.junit.jupiter.api.Assertions.assertNotEquals(notFound.fingerprint(), badRequest.fingerprint());
    }

    private static ShapeViolation missingCode(String operationId, int status) {
        return ShapeWording.violation(
                operationId,
                operationId,
                status,
                "validation.response.body.schema.required",
                "Object has missing required properties ([\"code\"])",
                "");
    }
}
