package com.marqasouq.kit.sandbox.store.seed;

import com.marqasouq.kit.sandbox.domain.customers.Customer;
import com.marqasouq.kit.sandbox.domain.orders.LineItem;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.orders.OrderStatus;
import com.marqasouq.kit.sandbox.domain.products.ProductStatus;
import com.marqasouq.kit.sandbox.domain.products.Variant;
import com.marqasouq.kit.sandbox.domain.state.State;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.InventoryLevel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills a state that holds D22's canonical entities up to the document's counts: 150 orders,
 * 250 customers, 1,500 products and inventory items. Deterministic (a fixed seed) and
 * consistent: every SKU's stock covers all pending orders that contain it, so the document's
 * first Python client can reduce stock for every pending order without running out.
 */
public final class ShopGenerator {
    public static final int ORDERS = 150;
    public static final int CUSTOMERS = 250;
    public static final int PRODUCTS = 1500;
    private static final long SEED = 20260130L;

    private ShopGenerator() {}

    public static void fill(State state) {
        SeedContext seed = new SeedContext(SEED);
        List<Variant> variants = new CatalogueGenerator(seed)
                .addProducts(state, PRODUCTS - state.products().size());
        Customer regular = state.customer("cus_01XYZ");
        List<Customer> customers = new CustomerGenerator(seed)
                .addCustomers(state, CUSTOMERS - state.customers().size());
        List<Variant> sellable = variants.stream()
                .filter(v -> state.productBySku(v.sku).status == ProductStatus.PUBLISHED)
                .toList();
        new OrderGenerator(seed).addOrders(state, ORDERS - state.orders().size(), customers, sellable, regular);
        coverPendingOrders(state, seed);
    }

    private static void coverPendingOrders(State state, SeedContext seed) {
        Map<String, Integer> pending = new HashMap<>();
        for (Order order : state.orders()) {
            if (order.status == OrderStatus.PENDING) {
                for (LineItem item : order.items) {
                    pending.merge(item.sku, item.quantity, Integer::sum);
                }
            }
        }
        pending.forEach((sku, needed) -> {
            InventoryItem item = state.inventoryItemBySku(sku);
            InventoryLevel level = item.levels.get(0);
            if (level.available() < needed) {
                level.stockedQuantity = level.reservedQuantity + needed + seed.random.nextInt(6);
            }
        });
    }
}
