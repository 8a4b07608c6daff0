package com.marqasouq.kit.contract;

import static com.marqasouq.kit.contract.EditedExample.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * D25: an answer may take every liberty the document leaves open, as a MedusaJS v2 shop does
 * (its own id prefixes, statuses the document does not show, null for absent fields, fields of
 * its own), and still be valid; the same liberty in a request is refused. Validated as OpenAPI
 * reads the contract: an unset additionalProperties allows further properties.
 */
class GenerousAnswersTest {

    static Stream<Named<EditedExample>> libertiesOfAnAnswer() {
        return Stream.of(
                liberty(
                        "line items ordli_, shipping methods ordsm_ and payments payses_",
                        "s2.2-get-order-response.json",
                        o -> {
                            at(o, "/order/items/0").put("id", "ordli_01JKQ4Z7W3B8V5N2M6H9T0XYZ");
                            at(o, "/order/shipping_methods/0").put("id", "ordsm_01JKQ4Z7W3B8V5N2M6H9T0XYZ");
                            at(o, "/order/payments/0").put("id", "payses_01JKQ4Z7W3B8V5N2M6H9T0XYZ");
                        }),
                liberty(
                        "stock levels ilev_",
                        "s3.1-list-inventory-items-response.json",
                        o -> at(o, "/inventory_items/0/location_levels/0").put("id", "ilev_01JKQ4Z7W3B8V5N2M6H9T0XYZ")),
                liberty(
                        "a level ilev_ of an update",
                        "s3.3-update-location-level-response.json",
                        o -> at(o, "/inventory_level").put("id", "ilev_01JKQ4Z7W3B8V5N2M6H9T0XYZ")),
                liberty(
                        "payment_status authorized and fulfillment_status partially_shipped",
                        "s2.1-list-orders-response.json",
                        o -> at(o, "/orders/0")
                                .put("payment_status", "authorized")
                                .put("fulfillment_status", "partially_shipped")),
                liberty(
                        "a payment authorized",
                        "s2.2-get-order-response.json",
                        o -> at(o, "/order/payments/0").put("status", "authorized")),
                liberty(
                        "a result status of its own",
                        "s3.4-batch-update-response.json",
                        o -> at(o, "/results/0").put("status", "unchanged")),
                liberty(
                        "null for the optional fields of an order",
                        "s2.2-get-order-response.json",
                        o -> at(o, "/order")
                                .putNull("email")
                                .putNull("billing_address")
                                .putNull("shipping_address")
                                .putNull("payment_status")
                                .putNull("canceled_at")
                                .putNull("discount_total")
                                .putNull("metadata")),
                liberty(
                        "null for a customer's names, addresses and orders",
                        "s4.2-get-customer-response.json",
                        o -> at(o, "/customer")
                                .putNull("first_name")
                                .putNull("phone")
                                .putNull("billing_address")
                                .putNull("shipping_addresses")
                                .putNull("orders")),
                liberty(
                        "null for the product of a row and for the envelope",
                        "s8.5-odoo-inventory-response.json",
                        o -> {
                            at(o, "/inventory/0").putNull("product");
                            o.putNull("pagination");
                        }),
                liberty(
                        "fields of its own in an order, its items and its addresses",
                        "s2.1-list-orders-response.json",
                        o -> {
                            ObjectNode order = at(o, "/orders/0")
                                    .put("region_id", "reg_01JKQ4")
                                    .put("version", 1);
                            at(o, "/orders/0/items/0").put("thumbnail", "https://cdn.example.com/plotter.png");
                            at(o, "/orders/0/shipping_address")
                                    .put("id", "ordaddr_01JKQ4")
                                    .putNull("company");
                            order.putObject("summary").put("paid_total", 0);
                        }),
                liberty(
                        "fields of its own in a price",
                        "s5.1-list-products-response.json",
                        o -> at(o, "/products/0/variants/0/prices/0")
                                .put("id", "price_01JKQ4")
                                .putObject("rules")),
                liberty("an echoed limit of 0", "s2.1-list-orders-response.json", o -> o.put("limit", 0)),
                liberty(
                        "an echoed page size above the request's bound",
                        "s8.1-odoo-orders-response.json",
                        o -> at(o, "/pagination").put("limit", 5000)),
                liberty(
                        "a webhook with another event id prefix, nulls and fields of its own",
                        "s6.2-order-placed-webhook.json",
                        o -> {
                            o.put("id", "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W");
                            at(o, "/data").putNull("status").put("sales_channel_id", "sc_01JKQ4");
                            at(o, "/data/shipping_address").putNull("address_2");
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libertiesOfAnAnswer")
    void anAnswerMayTakeALibertyTheDocumentLeavesOpen(EditedExample answer) {
        List<String> errors = StrictValidation.errors(answer.validate(StrictValidation.OPEN_OBJECTS));

        assertEquals(List.of(), errors, answer.body());
    }

    static Stream<Arguments> theSameLibertyInARequest() {
        return Stream.of(
                refused(
                        "a line item ordli_ to fulfill",
                        "s2.4-create-fulfillment-request.json",
                        o -> at(o, "/items/0").put("item_id", "ordli_01JKQ4Z7W3B8V5N2M6H9T0XYZ"),
                        "ordli_01JKQ4Z7W3B8V5N2M6H9T0XYZ"),
                refused(
                        "a product status outside the list",
                        "s5.3-create-product-request.json",
                        o -> o.put("status", "archived"),
                        "archived"),
                refused(
                        "null for an optional field",
                        "s4.4-create-customer-request.json",
                        o -> o.putNull("first_name"),
                        "/first_name"),
                refused(
                        "a field of its own in a price",
                        "s5.2-update-variant-request.json",
                        o -> at(o, "/prices/0").put("id", "price_01JKQ4"),
                        "[\"id\"]"),
                refused(
                        "a field of its own in a fulfillment",
                        "s2.4-create-fulfillment-request.json",
                        o -> o.put("location_id", "sloc_01ABC"),
                        "location_id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("theSameLibertyInARequest")
    void theSameLibertyInARequestIsRefused(EditedExample request, String named) {
        List<String> errors = StrictValidation.errors(request.validate(StrictValidation.OPEN_OBJECTS));

        assertFalse(errors.isEmpty(), "the request was accepted: " + request.body());
        assertTrue(String.join("\n", errors).contains(named), () -> "no '" + named + "' in:\n" + errors);
    }

    static Stream<Arguments> whatTheDocumentFixes() {
        return Stream.of(
                refused(
                        "an order status outside the list",
                        "s2.1-list-orders-response.json",
                        o -> at(o, "/orders/0").put("status", "shipped"),
                        "shipped"),
                refused(
                        "an id without a type prefix",
                        "s2.2-get-order-response.json",
                        o -> at(o, "/order/items/0").put("id", "01ABC"),
                        "/order/items/0/id"),
                refused(
                        "null for a field the document always shows",
                        "s2.1-list-orders-response.json",
                        o -> at(o, "/orders/0").putNull("total"),
                        "/orders/0/total"),
                refused(
                        "an event name outside section 6.1",
                        "s6.2-order-placed-webhook.json",
                        o -> o.put("event", "order.shipped"),
                        "order.shipped"),
                refused("an error without its code", "s7-error-format.json", o -> o.remove("code"), "[\"code\"]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whatTheDocumentFixes")
    void anAnswerStillKeepsWhatTheDocumentFixes(EditedExample answer, String named) {
        List<String> errors = StrictValidation.errors(answer.validate(StrictValidation.OPEN_OBJECTS));

        assertFalse(errors.isEmpty(), "the answer was accepted: " + answer.body());
        assertTrue(String.join("\n", errors).contains(named), () -> "no '" + named + "' in:\n" + errors);
    }

    /**
     * Why a validator of answers must be told that objects are open: swagger-request-validator
     * reads an unset additionalProperties as closed unless its additionalProperties check is off.
     */
    @Test
    void withObjectsReadClosedAFieldOfItsOwnIsReported() {
        EditedExample answer = EditedExample.of(
                "s5.1-list-products-response.json",
                o -> at(o, "/products/0/variants/0/prices/0").put("id", "price_01JKQ4"));

        List<String> errors = StrictValidation.errors(answer.validate(StrictValidation.CLOSED_OBJECTS));

        assertTrue(String.join("\n", errors).contains("[\"id\"]"), () -> "not reported: " + errors);
    }

    private static Named<EditedExample> liberty(String what, String file, Consumer<ObjectNode> change) {
        return Named.of(what, EditedExample.of(file, change));
    }

    private static Arguments refused(String what, String file, Consumer<ObjectNode> change, String named) {
        return Arguments.of(Named.of(what, EditedExample.of(file, change)), named);
    }
}
