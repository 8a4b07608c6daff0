package com.marqasouq.kit.sandbox.api;

import static com.marqasouq.kit.sandbox.api.ReduceStockRequests.PATH;
import static com.marqasouq.kit.sandbox.api.ReduceStockRequests.SECTION_35;
import static com.marqasouq.kit.sandbox.api.ReduceStockRequests.SECTION_88;
import static com.marqasouq.kit.sandbox.api.ReduceStockRequests.reduce;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reductions that are refused: short of stock (409), unknown order or SKU (404), a bad body (400). */
@ExtendWith(RunningSandbox.class)
class ReduceStockRefusedAcceptanceTest {

    @Test
    void aSingleReductionShortOfStockIsAConflictAndChangesNothing() {
        RunningSandbox.api()
                .body(SECTION_35.replace("\"quantity\": 1", "\"quantity\": 5"))
                .post(PATH)
                .then()
                .statusCode(409)
                .body("type", equalTo("conflict"))
                .body("code", equalTo("INSUFFICIENT_STOCK"))
                .body("message", equalTo("Insufficient stock for SKU LG-CPFL1625: 2 available, 5 requested"));
        assertThat(Stocked.at("LG-CPFL1625"), is(2));
        assertThat(Stocked.reductionCount(), is(0));
        // Not recorded: the same key can still be reduced once stock allows it.
        reduce(SECTION_35).body("inventory_item.status", equalTo("reduced"));
    }

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                arguments(
                        "a body matching neither form says what to send",
                        Map.of("order_id", "order_01ABC123", "reason", "order_shipped"),
                        containsString("{order_id, reason, items}")),
                arguments(
                        "a body of both forms at once matches neither form",
                        Map.of(
                                "sku",
                                "SLEEVE",
                                "quantity",
                                1,
                                "order_id",
                                "order_01ABC123",
                                "reason",
                                "order_shipped",
                                "items",
                                List.of(Map.of("sku", "SLEEVE", "quantity", 1))),
                        containsString(": unknown field")),
                arguments(
                        "an unknown body field is named",
                        SECTION_35.replace("\"reason\"", "\"warehouse\": \"sloc_01ABC\", \"reason\""),
                        containsString("warehouse: unknown field")),
                arguments(
                        "a missing field of the single form is named",
                        Map.of("sku", "SLEEVE", "order_id", "order_01ABC123", "reason", "order_shipped"),
                        equalTo("quantity: is required")),
                arguments(
                        "a quantity below one in the single form is named",
                        SECTION_35.replace("\"quantity\": 1", "\"quantity\": 0"),
                        containsString("quantity")),
                arguments(
                        "a quantity below one in the items form is named by its path",
                        SECTION_88.replace("\"quantity\": 2", "\"quantity\": -2"),
                        containsString("items[1].quantity")),
                arguments(
                        "a malformed order id in the single form is named as the contract spells it",
                        SECTION_35.replace("order_01ABC123", "SO/2026/001234"),
                        containsString("order_id: must match")),
                arguments(
                        "a malformed order id in the items form is named as the contract spells it",
                        SECTION_88.replace("order_01ABC123", "SO/2026/001234"),
                        containsString("order_id: must match")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void aBodyThatBreaksTheContractIsInvalidDataAndTakesNothing(
            String behaviour, Object body, Matcher<String> message) {
        RunningSandbox.badRequest()
                .body(body)
                .post(PATH)
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", message);
        Stocked.assertDefaultStock();
        assertThat(Stocked.reductionCount(), is(0));
    }
}
