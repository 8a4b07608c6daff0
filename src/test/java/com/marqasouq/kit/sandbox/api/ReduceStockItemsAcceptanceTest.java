package com.marqasouq.kit.sandbox.api;

import static com.marqasouq.kit.sandbox.api.ReduceStockRequests.SECTION_88;
import static com.marqasouq.kit.sandbox.api.ReduceStockRequests.reduce;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The items form of reduce-stock: each item reduced on its own, once per order, SKU and reason. */
@ExtendWith(RunningSandbox.class)
class ReduceStockItemsAcceptanceTest {

    @Test
    void retryingTheWholeItemsRequestReducesNothingTwice() {
        reduce(SECTION_88);
        reduce(SECTION_88)
                .body("success", equalTo(true))
                .body("results.status", equalTo(List.of("already_reduced", "already_reduced")))
                .body("results.reduced_by", equalTo(List.of(0, 0)))
                .body("summary.successful", equalTo(2));
        assertThat(Stocked.at("LG-CPFL1625"), is(1));
        assertThat(Stocked.at("SLEEVE"), is(603));
    }

    @Test
    void inTheItemsFormEachItemStandsAlone() {
        String body = """
                {
                  "order_id": "order_01ABC123",
                  "reason": "order_shipped",
                  "items": [
                    {"sku": "SLEEVE", "quantity": 5},
                    {"sku": "LG-CPFL1625", "quantity": 3},
                    {"sku": "NO-SUCH-SKU", "quantity": 1},
                    {"sku": "IPHONE-CASE-001", "quantity": 50}
                  ]
                }""";
        reduce(body)
                .body("success", equalTo(false))
                .body(
                        "summary",
                        equalTo(Map.of("total_items", 4, "successful", 2, "failed", 2, "insufficient_stock", 1)))
                .body("results.status", equalTo(List.of("reduced", "insufficient_stock", "not_found", "reduced")))
                .body("results[1].message", equalTo("Insufficient stock for SKU LG-CPFL1625: 2 available, 3 requested"))
                .body("results[1].previous_quantity", equalTo(2))
                .body("results[1].new_quantity", equalTo(2))
                .body("results[2].message", containsString("NO-SUCH-SKU"))
                .body("results[2].previous_quantity", nullValue());
        assertThat(Stocked.at("SLEEVE"), is(600));
        assertThat(Stocked.at("LG-CPFL1625"), is(2));
        assertThat(Stocked.at("IPHONE-CASE-001"), is(100));
    }

    @Test
    void aSkuRepeatedInOneItemsRequestIsReducedOnceAndTheRepeatIsAlreadyReduced() {
        String body = """
                {
                  "order_id": "order_01ABC123",
                  "reason": "order_shipped",
                  "items": [
                    {"sku": "SLEEVE", "quantity": 5},
                    {"sku": "SLEEVE", "quantity": 7}
                  ]
                }""";
        reduce(body)
                .body("results.status", equalTo(List.of("reduced", "already_reduced")))
                .body("results.reduced_by", equalTo(List.of(5, 0)))
                .body("results[1].message", containsString("already reduced by 5"));
        assertThat(Stocked.at("SLEEVE"), is(600));
    }
}
