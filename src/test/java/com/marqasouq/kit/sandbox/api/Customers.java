package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.orders.LineItem;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.orders.ShippingMethod;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared steps of the customer tests: the sandbox clock, a fresh customer and its orders, the
 * count of customers. Tests make the records they assert on, since the default data (D22) holds
 * generated customers and orders too.
 */
final class Customers {
    static final Instant NOW = Instant.parse("2026-02-01T09:00:00.000Z");

    private Customers() {}

    static void freezeClockAt(Instant instant) {
        RunningSandbox.sandbox().clock().set(instant, true);
    }

    static String create(String email, String firstName, String lastName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("first_name", firstName);
        body.put("last_name", lastName);
        return RunningSandbox.api()
                .body(body)
                .post("/admin/customers")
                .then()
                .statusCode(200)
                .extract()
                .path("customer.id");
    }

    /** Sets the customer's metadata.odoo_synced through the update route. */
    static void markSynced(String customerId, boolean synced) {
        RunningSandbox.api()
                .body(Map.of("metadata", Map.of("odoo_synced", synced)))
                .post("/admin/customers/" + customerId)
                .then()
                .statusCode(200);
    }

    static int count() {
        return RunningSandbox.api()
                .get("/admin/customers?limit=1")
                .then()
                .statusCode(200)
                .extract()
                .path("count");
    }

    static int countWithEmail(String email) {
        return RunningSandbox.api()
                .queryParam("email", email)
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .extract()
                .path("count");
    }

    /**
     * Puts a pending order of the customer straight into the store (the order routes are not
     * needed for that): one line of {@code quantity} at {@code unitPrice} plus {@code shipping}.
     * Returns the order's id; its display id is the store's next one.
     */
    static String placeOrder(String customerId, Instant createdAt, long unitPrice, int quantity, long shipping) {
        return RunningSandbox.sandbox().store().write(tx -> {
            Order order = new Order();
            order.displayId = tx.state().nextDisplayId();
            order.id = "order_test" + order.displayId;
            order.customerId = customerId;
            order.email = tx.state().customer(customerId).email;
            order.createdAt = createdAt;
            order.updatedAt = createdAt;
            LineItem item = new LineItem();
            item.id = "item_test" + order.displayId;
            item.title = "Finger Gaming Sleeve";
            item.sku = "SLEEVE";
            item.quantity = quantity;
            item.unitPrice = unitPrice;
            order.items.add(item);
            ShippingMethod method = new ShippingMethod();
            method.id = "sm_test" + order.displayId;
            method.name = "Standard Delivery";
            method.price = shipping;
            order.shippingMethods.add(method);
            order.metadata.put("odoo_synced", false);
            tx.state().addOrder(order);
            return order.id;
        });
    }

    /** The customer's orders as the store holds them, oldest first. */
    static List<Order> storedOrders(String customerId) {
        return RunningSandbox.sandbox()
                .store()
                .read(state -> state.orders().stream()
                        .filter(order -> customerId.equals(order.customerId))
                        .toList());
    }

    static int displayId(String orderId) {
        return RunningSandbox.sandbox().store().read(state -> state.order(orderId).displayId);
    }
}
