package com.marqasouq.kit.sandbox.control;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.List;
import java.util.Map;

/** Orders placed through POST /_sandbox/orders, as a storefront checkout would place them. */
final class PlacedOrders {
    private PlacedOrders() {}

    /** The body of an order of cus_01XYZ for {@code quantity} SLEEVE. */
    static Map<String, Object> sleeves(int quantity) {
        return Map.of("customer_id", "cus_01XYZ", "items", List.of(Map.of("sku", "SLEEVE", "quantity", quantity)));
    }

    /** Places the order, expects 201 Created and returns the new order's id. */
    static String place(Map<String, Object> body) {
        return RunningSandbox.control()
                .body(body)
                .post("/_sandbox/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("order.id");
    }

    /** The highest display id of the exported orders, 1000 when there are none. */
    static int lastDisplayId() {
        return StateExport.list(StateExport.now(), "orders").stream()
                .mapToInt(o -> (Integer) o.get("display_id"))
                .max()
                .orElse(1000);
    }
}
