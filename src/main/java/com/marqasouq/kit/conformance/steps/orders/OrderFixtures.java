package com.marqasouq.kit.conformance.steps.orders;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.world.PlacedOrders;
import com.marqasouq.kit.conformance.world.Preparation;
import com.marqasouq.kit.conformance.world.TestData;
import com.marqasouq.kit.conformance.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opentest4j.TestAbortedException;

/**
 * The orders a scenario works on: fresh ones it may change (placed for it on the sandbox, from
 * --order-id elsewhere), and, for read-only scenarios, an order the target already has.
 */
public final class OrderFixtures {
    /** Stock of every product an order scenario creates, so stock arithmetic is exact. */
    static final int STOCK = 10;

    private static final long[] PRICES = {150_000, 25_000};

    private final World world;
    private final TestData data;
    private final PlacedOrders placed;
    private final List<FreshOrder> fresh = new ArrayList<>();
    private Map<String, Object> existing;

    public OrderFixtures(World world, TestData data, PlacedOrders placed) {
        this.world = world;
        this.data = data;
        this.placed = placed;
    }

    /** A fresh pending order with one line per quantity, each of a new product with {@link #STOCK} in stock. */
    FreshOrder place(int... quantities) {
        FreshOrder order = world.run().sandboxControls() ? placeNew(quantities) : adopt(data.operatorOrder());
        fresh.add(order);
        return order;
    }

    private FreshOrder placeNew(int[] quantities) {
        String customer = data.customer("Ahmed", "Al-Rashid");
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < quantities.length; i++) {
            lines.put(data.product("ORD", STOCK, PRICES[i % PRICES.length]), quantities[i]);
        }
        String id = data.freshOrder(customer, lines);
        Map<String, Integer> stock = new LinkedHashMap<>();
        lines.keySet().forEach(sku -> stock.put(sku, STOCK));
        return FreshOrder.fromPlaced(placed.get(id)).withStock(stock);
    }

    private FreshOrder adopt(String id) {
        ApiResult details = Preparation.require(
                world.call("GET", "/admin/orders/" + id).send(), 200, "reading the order given with --order-id");
        if (!"pending".equals(details.get("order.status"))) {
            throw new TestAbortedException(
                    "--order-id " + id + " is " + details.get("order.status") + ", not a pending order");
        }
        FreshOrder order = FreshOrder.fromDetails(details.get("order"));
        Map<String, Integer> stock = new LinkedHashMap<>();
        order.lines().forEach(line -> stock.put(line.sku(), OrderStock.stocked(world, line.sku())));
        return order.withStock(stock);
    }

    /** The fresh order the scenario got last. */
    FreshOrder current() {
        if (fresh.isEmpty()) {
            throw new IllegalStateException("The scenario has no fresh order yet");
        }
        return fresh.get(fresh.size() - 1);
    }

    /** The n-th fresh order (1-based). */
    FreshOrder nth(int n) {
        return fresh.get(n - 1);
    }

    List<FreshOrder> all() {
        return List.copyOf(fresh);
    }

    /** The oldest order the target has, as listed; the scenario is not run on a target without orders. */
    Map<String, Object> existing() {
        if (existing == null) {
            ApiResult page = Preparation.require(
                    world.call("GET", "/admin/orders").query("limit", 1).send(),
                    200,
                    "finding an order to try this on");
            List<Map<String, Object>> orders = page.list("orders");
            if (orders.isEmpty()) {
                throw new TestAbortedException("the target has no order to try this on");
            }
            existing = orders.get(0);
        }
        return existing;
    }

    /** An order id no target has, marked with the run id. */
    String missingId() {
        return "order_DOESNOTEXIST" + world.run().runId();
    }
}
