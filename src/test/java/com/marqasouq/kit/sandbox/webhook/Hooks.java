package com.marqasouq.kit.sandbox.webhook;

import static com.marqasouq.kit.sandbox.webhook.ControlApi.controls;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.customers.Customer;
import com.marqasouq.kit.sandbox.domain.customers.CustomerEvents;
import com.marqasouq.kit.sandbox.domain.orders.OrderEvents;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.InventoryLevel;
import com.marqasouq.kit.sandbox.domain.stock.StockEvents;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Targets and deliveries through the controls, and events caused by test commands on the store
 * (the API routes that emit them live on other branches; {@link WebhookRoutesAcceptanceTest}
 * covers those routes).
 */
final class Hooks {
    static final String ORDER = "order_01ABC123";
    static final String CUSTOMER = "cus_01XYZ789";
    static final String SKU = "SLEEVE";

    private Hooks() {}

    /** Registers a target for every event with the sandbox's secret; returns its id. */
    static String register(String url) {
        return register(Map.of("url", url));
    }

    static String register(Map<String, Object> body) {
        return controls()
                .body(body)
                .post("/_sandbox/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> target(String url, String secret, List<String> events) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", url);
        if (secret != null) {
            body.put("secret", secret);
        }
        if (events != null) {
            body.put("events", events);
        }
        return body;
    }

    /** GET /_sandbox/webhook-deliveries, newest first. */
    static List<Map<String, Object>> deliveries() {
        return deliveriesJson("").getList("deliveries");
    }

    static JsonPath deliveriesJson(String query) {
        return controls()
                .get("/_sandbox/webhook-deliveries" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static String sandboxSecret() {
        return RunningSandbox.sandbox().webhookSecret();
    }

    static void emitOrder(String event) {
        RunningSandbox.sandbox().store().write(tx -> {
            OrderEvents.emit(tx, event, tx.state().order(ORDER));
            return null;
        });
    }

    static void emitCustomer(String event) {
        RunningSandbox.sandbox().store().write(tx -> {
            Customer customer = tx.state().customer(CUSTOMER);
            CustomerEvents.emit(tx, event, customer);
            return null;
        });
    }

    /** Sets SLEEVE's stock at its first location, emitting inventory.updated as D15 wants. */
    static void setStock(int quantity) {
        RunningSandbox.sandbox().store().write(tx -> {
            InventoryItem item = tx.state().inventoryItemBySku(SKU);
            InventoryLevel level = item.levels.get(0);
            int previous = level.stockedQuantity;
            level.stockedQuantity = quantity;
            StockEvents.emitIfChanged(tx, item, level, previous);
            return null;
        });
    }
}
