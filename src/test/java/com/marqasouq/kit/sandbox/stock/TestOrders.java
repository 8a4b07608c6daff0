package com.marqasouq.kit.sandbox.stock;

import com.marqasouq.kit.sandbox.domain.orders.LineItem;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.store.Store;
import java.util.ArrayList;
import java.util.List;

/** Puts pending orders straight into a store, for tests that need orders to reduce stock for. */
final class TestOrders {
    private TestOrders() {}

    /** {@code count} pending orders of one line each for {@code sku}; returns their ids. */
    static List<String> place(Store store, int count, String sku) {
        return store.write(tx -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Order order = new Order();
                order.id = "order_test" + tx.state().nextDisplayId();
                order.displayId = Integer.parseInt(order.id.substring("order_test".length()));
                order.customerId = "cus_01XYZ";
                order.email = "customer@example.com";
                order.createdAt = tx.now();
                order.updatedAt = tx.now();
                LineItem item = new LineItem();
                item.id = "item_" + order.id;
                item.title = sku;
                item.sku = sku;
                item.quantity = 1;
                item.unitPrice = 1000;
                order.items.add(item);
                order.metadata.put("odoo_synced", false);
                tx.state().addOrder(order);
                ids.add(order.id);
            }
            return ids;
        });
    }
}
