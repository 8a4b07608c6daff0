package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.sandbox.RecordingSandbox;
import com.marqasouq.kit.sandbox.domain.DomainEvent;
import com.marqasouq.kit.sandbox.domain.state.Store;
import com.marqasouq.kit.sandbox.domain.stock.InventoryLevel;
import com.marqasouq.kit.sandbox.domain.stock.StockEvents;
import com.marqasouq.kit.sandbox.domain.stock.StockLevelEvent;
import com.marqasouq.kit.sandbox.domain.stock.StockLocation;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** D14, D15: parallel Odoo workers never oversell, never lose an update and never duplicate an item. */
class StockConcurrencyAcceptanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SKUS = List.of("LG-CPFL1625", "SLEEVE", "IPHONE-CASE-001");

    private final RecordingSandbox sandbox = new RecordingSandbox();
    private final Store store = sandbox.sandbox().store();
    private final ConcurrentRequests requests = new ConcurrentRequests(sandbox);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void sixtyFourParallelReductionsOfOneOnAStockOfFiftySellExactlyFifty() throws Exception {
        setStock("SLEEVE", 50);
        List<String> bodies = placeThroughTheControls(64, "SLEEVE").stream()
                .map(order -> "{\"sku\": \"SLEEVE\", \"quantity\": 1, \"order_id\": \"" + order
                        + "\", \"reason\": \"order_fulfilled\"}")
                .toList();

        List<HttpResponse<String>> responses = requests.post("/admin/inventory/reduce-stock", bodies, 16);

        assertThat(count(responses, 200), is(50));
        assertThat(count(responses, 409), is(14));
        for (HttpResponse<String> response : responses) {
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() == 409) {
                assertThat(body.path("code").asText(), is("INSUFFICIENT_STOCK"));
            } else {
                assertThat(body.path("inventory_item").path("status").asText(), is("reduced"));
            }
        }
        assertThat(
                store.read(s -> s.inventoryItemBySku("SLEEVE").level(StockLocation.DEFAULT_ID).stockedQuantity), is(0));
        assertThat(store.read(s -> s.reductions().size()), is(50));
        assertThat(sandbox.events(StockEvents.UPDATED), hasSize(50));
        assertEventsFormOneChainPerSku(Map.of("SLEEVE", 50));
    }

    /** 64 distinct orders, placed in parallel as storefront checkouts through POST /_sandbox/orders. */
    private List<String> placeThroughTheControls(int count, String sku) throws Exception {
        String body = "{\"customer_id\": \"cus_01XYZ\", \"items\": [{\"sku\": \"" + sku + "\", \"quantity\": 1}]}";
        List<HttpResponse<String>> placed =
                requests.post("/_sandbox/orders", java.util.Collections.nCopies(count, body), 16);
        List<String> ids = new ArrayList<>();
        for (HttpResponse<String> response : placed) {
            assertThat(response.body(), response.statusCode(), is(201));
            ids.add(JSON.readTree(response.body()).path("order").path("id").asText());
        }
        assertThat("distinct orders", new java.util.HashSet<>(ids).size(), is(count));
        return ids;
    }

    @Test
    void parallelBatchUpdatesAndOdooSyncsOfTheSameSkusNeverLoseAnUpdate() throws Exception {
        Map<String, Integer> initial = stockOf(SKUS);
        Random random = new Random(42);
        List<ConcurrentRequests.Call> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(new ConcurrentRequests.Call(
                    "/admin/inventory/batch-update", body("updates", "stocked_quantity", random)));
            calls.add(new ConcurrentRequests.Call("/odoo/inventory", body("items", "quantity", random)));
        }

        List<HttpResponse<String>> responses = requests.post(calls, 16);

        int changes = 0;
        Map<String, List<Integer>> written = new HashMap<>();
        for (HttpResponse<String> response : responses) {
            assertThat(response.body(), response.statusCode(), is(200));
            for (JsonNode result : JSON.readTree(response.body()).path("results")) {
                int previous = result.path("previous_quantity").asInt();
                int next = result.has("stocked_quantity")
                        ? result.path("stocked_quantity").asInt()
                        : result.path("new_quantity").asInt();
                written.computeIfAbsent(result.path("sku").asText(), k -> new ArrayList<>())
                        .add(next);
                if (previous != next) {
                    changes++;
                }
            }
        }
        assertThat(sandbox.events(StockEvents.UPDATED), hasSize(changes));
        for (String sku : SKUS) {
            assertThat(written.get(sku).contains(stockOf(List.of(sku)).get(sku)), is(true));
        }
        assertEventsFormOneChainPerSku(initial);
    }

    @Test
    void twentyParallelOdooSyncsOfTheSameNewSkuCreateExactlyOneItem() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            bodies.add(
                    "{\"items\": [{\"sku\": \"BRAND-NEW-SKU\", \"quantity\": " + i + ", \"title\": \"Brand new\"}]}");
        }

        List<HttpResponse<String>> responses = requests.post("/odoo/inventory", bodies, 16);

        int fromZero = 0;
        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode(), is(200));
            JsonNode result = JSON.readTree(response.body()).path("results").get(0);
            assertThat(result.path("status").asText(), is("synced"));
            if (result.path("previous_quantity").asInt() == 0) {
                fromZero++;
            }
        }
        assertThat(fromZero, is(1));
        assertThat(
                store.read(s -> s.inventoryItems().stream()
                        .filter(i -> i.sku.equals("BRAND-NEW-SKU"))
                        .count()),
                is(1L));
        assertThat(sandbox.events(StockEvents.UPDATED), hasSize(20));
        assertEventsFormOneChainPerSku(Map.of("BRAND-NEW-SKU", 0));
    }

    /** Each SKU's events link up: every previous_quantity is the stocked_quantity before it, ending at the stock. */
    private void assertEventsFormOneChainPerSku(Map<String, Integer> initial) {
        Map<String, Integer> current = new HashMap<>(initial);
        for (DomainEvent event : sandbox.events(StockEvents.UPDATED)) {
            StockLevelEvent level = (StockLevelEvent) event;
            String sku = level.sku();
            assertThat("previous_quantity of an event for " + sku, level.previousQuantity(), equalTo(current.get(sku)));
            current.put(sku, level.stockedQuantity());
        }
        assertThat(stockOf(List.copyOf(initial.keySet())), equalTo(current));
    }

    private static String body(String listField, String quantityField, Random random) {
        List<String> entries = new ArrayList<>();
        for (String sku : SKUS) {
            entries.add("{\"sku\": \"" + sku + "\", \"" + quantityField + "\": " + random.nextInt(1000) + "}");
        }
        return "{\"" + listField + "\": [" + String.join(", ", entries) + "]}";
    }

    private void setStock(String sku, int quantity) {
        store.write(tx -> {
            InventoryLevel level = tx.state().inventoryItemBySku(sku).level(StockLocation.DEFAULT_ID);
            level.stockedQuantity = quantity;
            return null;
        });
    }

    private Map<String, Integer> stockOf(List<String> skus) {
        return store.read(s -> {
            Map<String, Integer> stock = new HashMap<>();
            skus.forEach(
                    sku -> stock.put(sku, s.inventoryItemBySku(sku).level(StockLocation.DEFAULT_ID).stockedQuantity));
            return stock;
        });
    }

    private static int count(List<HttpResponse<String>> responses, int status) {
        return (int) responses.stream().filter(r -> r.statusCode() == status).count();
    }
}
