package com.marqasouq.kit.sandbox.stock;

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

@ExtendWith(RunningSandbox.class)
class ReduceStockAcceptanceTest {
    private static final String REDUCE = "/admin/inventory/reduce-stock";
    private static final String SECTION_35 = """
            {
              "sku": "LG-CPFL1625",
              "quantity": 1,
              "order_id": "order_01ABC123",
              "reason": "order_fulfilled"
            }""";
    private static final String SECTION_88 = """
            {
              "order_id": "order_01ABC123",
              "reason": "order_shipped",
              "items": [
                {"sku": "LG-CPFL1625", "quantity": 1},
                {"sku": "SLEEVE", "quantity": 2}
              ]
            }""";

    @Test
    void section35sReductionGivesTheDocumentsNumbersAndTheListShowsTheNewQuantity() {
        RunningSandbox.api()
                .body(SECTION_35)
                .post(REDUCE)
                .then()
                .statusCode(200)
                .body("success", equalTo(true))
                .body("inventory_item.sku", equalTo("LG-CPFL1625"))
                .body("inventory_item.previous_quantity", equalTo(2))
                .body("inventory_item.reduced_by", equalTo(1))
                .body("inventory_item.new_quantity", equalTo(1))
                .body("inventory_item.status", equalTo("reduced"));
        assertThat(Stocked.at("LG-CPFL1625"), is(1));
    }

    @Test
    void aRepeatOfTheSameOrderSkuAndReasonIsAlreadyReducedAndTakesNothing() {
        RunningSandbox.api().body(SECTION_35).post(REDUCE).then().statusCode(200);
        RunningSandbox.api()
                .body(SECTION_35)
                .post(REDUCE)
                .then()
                .statusCode(200)
                .body("success", equalTo(true))
                .body("inventory_item.status", equalTo("already_reduced"))
                .body("inventory_item.reduced_by", equalTo(0))
                .body("inventory_item.previous_quantity", equalTo(1))
                .body("inventory_item.new_quantity", equalTo(1));
        assertThat(Stocked.at("LG-CPFL1625"), is(1));
        assertThat(Stocked.reductionCount(), is(1));
    }

    @Test
    void aDifferentReasonForTheSameOrderAndSkuIsANewReduction() {
        RunningSandbox.api().body(SECTION_35).post(REDUCE).then().statusCode(200);
        RunningSandbox.api()
                .body(SECTION_35.replace("order_fulfilled", "order_shipped"))
                .post(REDUCE)
                .then()
                .statusCode(200)
                .body("inventory_item.status", equalTo("reduced"))
                .body("inventory_item.previous_quantity", equalTo(1))
                .body("inventory_item.new_quantity", equalTo(0));
        assertThat(Stocked.at("LG-CPFL1625"), is(0));
    }

    @Test
    void section88sItemsReductionGivesTheDocumentsNumbers() {
        RunningSandbox.api()
                .body(SECTION_88)
                .post(REDUCE)
                .then()
                .statusCode(200)
                .body("success", equalTo(true))
                .body("order_id", equalTo("order_01ABC123"))
                .body("reason", equalTo("order_shipped"))
                .body(
                        "summary",
                        equalTo(Map.of("total_items", 2, "successful", 2, "failed", 0, "insufficient_stock", 0)))
                .body(
                        "results[0]",
                        equalTo(Map.of(
                                "sku",
                                "LG-CPFL1625",
                                "status",
                                "reduced",
                                "previous_quantity",
                                2,
                                "new_quantity",
                                1,
                                "reduced_by",
                                1)))
                .body(
                        "results[1]",
                        equalTo(Map.of(
                                "sku",
                                "SLEEVE",
                                "status",
                                "reduced",
                                "previous_quantity",
                                605,
                                "new_quantity",
                                603,
                                "reduced_by",
                                2)));
        assertThat(Stocked.at("LG-CPFL1625"), is(1));
        assertThat(Stocked.at("SLEEVE"), is(603));
    }

    @Test
    void retryingTheWholeItemsRequestReducesNothingTwice() {
        RunningSandbox.api().body(SECTION_88).post(REDUCE).then().statusCode(200);
        RunningSandbox.api()
                .body(SECTION_88)
                .post(REDUCE)
                .then()
                .statusCode(200)
                .body("success", equalTo(true))
                .body("results.status", equalTo(List.of("already_reduced", "already_reduced")))
                .body("results.reduced_by", equalTo(List.of(0, 0)))
                .body("summary.successful", equalTo(2));
        assertThat(Stocked.at("LG-CPFL1625"), is(1));
        assertThat(Stocked.at("SLEEVE"), is(603));
    }

    @Test
    void theDocumentsTwoClientsReduceOnceForFulfilledAndOnceForShipped() {
        RunningSandbox.api().body(SECTION_35).post(REDUCE).then().statusCode(200);
        RunningSandbox.api()
                .body(SECTION_88)
                .post(REDUCE)
                .then()
                .statusCode(200)
                .body("results[0].previous_quantity", equalTo(1))
                .body("results[0].new_quantity", equalTo(0));
        assertThat(Stocked.at("LG-CPFL1625"), is(0));
    }

    @Test
    void aSingleReductionShortOfStockIsAConflictAndChangesNothing() {
        RunningSandbox.api()
                .body(SECTION_35.replace("\"quantity\": 1", "\"quantity\": 5"))
                .post(REDUCE)
                .then()
                .statusCode(409)
                .body("type", equalTo("conflict"))
                .body("code", equalTo("INSUFFICIENT_STOCK"))
                .body("message", equalTo("Insufficient stock for SKU LG-CPFL1625: 2 available, 5 requested"));
        assertThat(Stocked.at("LG-CPFL1625"), is(2));
        assertThat(Stocked.reductionCount(), is(0));
        // Not recorded: the same key can still be reduced once stock allows it.
        RunningSandbox.api()
                .body(SECTION_35)
                .post(REDUCE)
                .then()
                .statusCode(200)
                .body("inventory_item.status", equalTo("reduced"));
    }

    @Test
    void reducingExactlyTheWholeStockLeavesZero() {
        RunningSandbox.api()
                .body(SECTION_35.replace("\"quantity\": 1", "\"quantity\": 2"))
                .post(REDUCE)
                .then()
                .statusCode(200)
                .body("inventory_item.new_quantity", equalTo(0));
        assertThat(Stocked.at("LG-CPFL1625"), is(0));
    }

    @Test
    void anUnknownOrderIsNotFoundAndChangesNothing() {
        RunningSandbox.api()
                .body(SECTION_35.replace("order_01ABC123", "order_nope"))
                .post(REDUCE)
                .then()
                .statusCode(404)
                .body("type", equalTo("not_found"))
                .body("message", containsString("order_nope"));
        RunningSandbox.api()
                .body(SECTION_88.replace("order_01ABC123", "order_nope"))
                .post(REDUCE)
                .then()
                .statusCode(404)
                .body("message", containsString("order_nope"));
        assertThat(Stocked.at("LG-CPFL1625"), is(2));
        assertThat(Stocked.at("SLEEVE"), is(605));
    }

    @Test
    void anUnknownSkuInTheSingleFormIsNotFound() {
        RunningSandbox.api()
                .body(SECTION_35.replace("LG-CPFL1625", "NO-SUCH-SKU"))
                .post(REDUCE)
                .then()
                .statusCode(404)
                .body("code", equalTo("NOT_FOUND"))
                .body("message", containsString("NO-SUCH-SKU"));
        assertThat(Stocked.reductionCount(), is(0));
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
        RunningSandbox.api()
                .body(body)
                .post(REDUCE)
                .then()
                .statusCode(200)
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
        RunningSandbox.api()
                .body(body)
                .post(REDUCE)
                .then()
                .statusCode(200)
                .body("results.status", equalTo(List.of("reduced", "already_reduced")))
                .body("results.reduced_by", equalTo(List.of(5, 0)))
                .body("results[1].message", containsString("already reduced by 5"));
        assertThat(Stocked.at("SLEEVE"), is(600));
    }

    @Test
    void aBodyMatchingNeitherFormIsInvalidDataSayingWhatToSend() {
        RunningSandbox.badRequest()
                .body(Map.of("order_id", "order_01ABC123", "reason", "order_shipped"))
                .post(REDUCE)
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("{order_id, reason, items}"));
        RunningSandbox.badRequest()
                .body(Map.of(
                        "sku",
                        "SLEEVE",
                        "quantity",
                        1,
                        "order_id",
                        "order_01ABC123",
                        "reason",
                        "order_shipped",
                        "items",
                        List.of(Map.of("sku", "SLEEVE", "quantity", 1))))
                .post(REDUCE)
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"));
        assertThat(Stocked.at("SLEEVE"), is(605));
    }

    @Test
    void anUnknownBodyFieldIsInvalidDataNamingIt() {
        RunningSandbox.badRequest()
                .body(SECTION_35.replace("\"reason\"", "\"warehouse\": \"sloc_01ABC\", \"reason\""))
                .post(REDUCE)
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("warehouse: unknown field"));
        assertThat(Stocked.at("LG-CPFL1625"), is(2));
    }

    @Test
    void aMissingFieldOfTheSingleFormIsInvalidDataNamingIt() {
        RunningSandbox.badRequest()
                .body(Map.of("sku", "SLEEVE", "order_id", "order_01ABC123", "reason", "order_shipped"))
                .post(REDUCE)
                .then()
                .statusCode(400)
                .body("message", equalTo("quantity: is required"));
        assertThat(Stocked.at("SLEEVE"), is(605));
    }

    @Test
    void aQuantityBelowOneIsInvalidDataNamingIt() {
        RunningSandbox.badRequest()
                .body(SECTION_35.replace("\"quantity\": 1", "\"quantity\": 0"))
                .post(REDUCE)
                .then()
                .statusCode(400)
                .body("message", containsString("quantity"));
        RunningSandbox.badRequest()
                .body(SECTION_88.replace("\"quantity\": 2", "\"quantity\": -2"))
                .post(REDUCE)
                .then()
                .statusCode(400)
                .body("message", containsString("items[1].quantity"));
        assertThat(Stocked.at("LG-CPFL1625"), is(2));
        assertThat(Stocked.at("SLEEVE"), is(605));
    }

    @Test
    void aMalformedOrderIdIsInvalidDataNamingTheFieldAsTheContractSpellsIt() {
        RunningSandbox.badRequest()
                .body(SECTION_35.replace("order_01ABC123", "SO/2026/001234"))
                .post(REDUCE)
                .then()
                .statusCode(400)
                .body("message", containsString("order_id: must match"));
        RunningSandbox.badRequest()
                .body(SECTION_88.replace("order_01ABC123", "SO/2026/001234"))
                .post(REDUCE)
                .then()
                .statusCode(400)
                .body("message", containsString("order_id: must match"));
        assertThat(Stocked.at("LG-CPFL1625"), is(2));
    }
}
