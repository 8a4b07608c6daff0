package com.marqasouq.kit.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The example check can fail: real fixtures, broken on purpose, are rejected with a message naming the problem. */
class BrokenExamplesAreRejectedTest {

    static Stream<Arguments> brokenExamples() {
        return Stream.of(
                body(
                        "a quantity sent as a string",
                        "client1-reduce-stock-request.json",
                        json -> json.put("quantity", "1"),
                        "/quantity"),
                body(
                        "reduce-stock without its sku",
                        "client1-reduce-stock-request.json",
                        json -> json.remove("sku"),
                        "[\"sku\"]"),
                body(
                        "an unknown field in a create-customer request",
                        "s4.4-create-customer-request.json",
                        json -> json.put("loyalty_tier", "gold"),
                        "loyalty_tier"),
                body(
                        "an e-mail that is not an e-mail",
                        "s4.4-create-customer-request.json",
                        json -> json.put("email", "newcustomer"),
                        "email"),
                body(
                        "an order status outside the vocabulary",
                        "s2.1-list-orders-response.json",
                        json -> firstOrder(json).put("status", "shipped"),
                        "shipped"),
                body(
                        "a total sent as a string",
                        "s2.1-list-orders-response.json",
                        json -> firstOrder(json).put("total", "151000"),
                        "/orders/0/total"),
                // D25 lets a shop answer fields of its own, but the example check reads objects as
                // closed, so that a field the document shows and the spec lacks cannot slip through.
                body(
                        "a response field the spec does not name",
                        "s3.6-list-stock-locations-response.json",
                        json -> ((ObjectNode) json.withArray("stock_locations").get(0)).put("timezone", "Asia/Kuwait"),
                        "timezone"),
                body(
                        "a webhook payload without its event",
                        "s6.2-order-placed-webhook.json",
                        json -> json.remove("event"),
                        "[\"event\"]"),
                body(
                        "a webhook payload field the spec does not name",
                        "s6.2-customer-created-webhook.json",
                        json -> ((ObjectNode) json.get("data")).put("loyalty_tier", "gold"),
                        "loyalty_tier"),
                body("an error without its code", "s7-error-format.json", json -> json.remove("code"), "[\"code\"]"),
                // Requests stay strict (D19, D25): what an answer may do, a request may not.
                body(
                        "a line item id with another prefix in a fulfillment request",
                        "s2.4-create-fulfillment-request.json",
                        json -> ((ObjectNode) json.withArray("items").get(0)).put("item_id", "ordli_01JKQ4"),
                        "ordli_01JKQ4"),
                body(
                        "a customer id where reduce-stock takes an order id",
                        "client1-reduce-stock-request.json",
                        json -> json.put("order_id", "cus_01XYZ"),
                        "cus_01XYZ"),
                body(
                        "null for an optional field of a request",
                        "s4.4-create-customer-request.json",
                        json -> json.putNull("phone"),
                        "/phone"),
                body(
                        "a field the spec does not name in a price of a new product",
                        "s5.3-create-product-request.json",
                        json -> ((ObjectNode) json.withArray("variants")
                                        .get(0)
                                        .withArray("prices")
                                        .get(0))
                                .put("id", "price_01JKQ4"),
                        "[\"id\"]"),
                body(
                        "an order status Odoo may not set",
                        "s8.3-update-odoo-order-request.json",
                        json -> json.put("status", "archived"),
                        "archived"),
                path("an order id of another type in the path", "/admin/orders/cus_01XYZ", "order_id"),
                query("a status outside the vocabulary", "/admin/orders", "status=shipped&limit=50", "shipped"),
                query("a limit of zero", "/admin/orders", "status=pending&limit=0", "limit"),
                query("a date filter that is not a date", "/admin/orders", "created_at[gte]=yesterday", "yesterday"),
                query(
                        "a boolean filter that is not a boolean",
                        "/admin/customers",
                        "metadata[odoo_synced]=maybe",
                        "metadata[odoo_synced]"),
                query(
                        "a query parameter the spec does not declare",
                        "/admin/orders",
                        "status=pending&synced=false",
                        "synced"),
                broken(
                        "a request without its bearer token",
                        () -> StrictValidation.CLOSED_OBJECTS
                                .interactions()
                                .validateRequest(new SimpleRequest.Builder("GET", "/admin/orders").build()),
                        "requires security parameters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenExamples")
    void brokenExampleIsRejectedWithAMessageNamingTheProblem(Supplier<ValidationReport> brokenExample, String named) {
        List<String> errors = StrictValidation.errors(brokenExample.get());

        assertFalse(errors.isEmpty(), "the validator accepted it");
        String report = String.join("\n", errors);
        assertTrue(report.contains(named), () -> "the errors do not name '" + named + "':\n" + report);
    }

    /** A fixture whose JSON body is edited before validation. */
    private static Arguments body(String problem, String file, Consumer<ObjectNode> breakIt, String named) {
        EditedExample example = EditedExample.of(file, breakIt);
        return broken(problem, () -> example.validate(StrictValidation.CLOSED_OBJECTS), named);
    }

    /** A GET of a concrete path that the spec's path parameters refuse. */
    private static Arguments path(String problem, String path, String named) {
        DocumentExample example = new DocumentExample(problem, "request", "GET", path, null, null, null, null);
        return broken(problem, () -> ExampleValidator.validate(example, null), named);
    }

    /** A query example of the path, sent with another query string. */
    private static Arguments query(String problem, String path, String query, String named) {
        DocumentExample example = DocumentExample.all().stream()
                .filter(e -> "request".equals(e.kind()) && path.equals(e.path()) && e.query() != null)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no query example for " + path))
                .withQuery(query);
        return broken(problem, () -> ExampleValidator.validate(example, null), named);
    }

    private static Arguments broken(String problem, Supplier<ValidationReport> validation, String named) {
        return Arguments.of(Named.of(problem, validation), named);
    }

    private static ObjectNode firstOrder(ObjectNode orderList) {
        return (ObjectNode) orderList.withArray("orders").get(0);
    }
}
