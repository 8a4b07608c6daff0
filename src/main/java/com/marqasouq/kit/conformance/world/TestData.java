package com.marqasouq.kit.conformance.world;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.conformance.http.ApiResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opentest4j.TestAbortedException;

/**
 * Makes the data a scenario needs through the documented API, with names marked by the run id
 * (never assumes a global reset), and fresh orders: placed through the sandbox controls where
 * they answer, otherwise taken from the operator's --order-id list, one per scenario.
 */
public final class TestData {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> USED_ORDER_IDS = new ArrayList<>();

    private final World world;
    private final List<String> adopted = new ArrayList<>();
    private final CreatedProducts products;
    private final CreatedCustomers customers;
    private final PlacedOrders orders;

    public TestData(World world, CreatedProducts products, CreatedCustomers customers, PlacedOrders orders) {
        this.world = world;
        this.products = products;
        this.customers = customers;
        this.orders = orders;
    }

    /** A published product with one variant of a new SKU and that much stock at the default location. */
    public String product(String skuPrefix, int stock, long priceFils) {
        String sku = world.unique(skuPrefix).toUpperCase();
        String title = "Conformance " + sku;
        Map<String, Object> variant = new LinkedHashMap<>();
        variant.put("title", "Default");
        variant.put("sku", sku);
        variant.put("prices", List.of(Map.of("currency_code", "KWD", "amount", priceFils)));
        variant.put("manage_inventory", true);
        variant.put("inventory_quantity", stock);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("handle", sku.toLowerCase());
        body.put("status", "published");
        body.put("variants", List.of(variant));
        body.put("metadata", Map.of("created_by", "conformance " + world.run().runId()));
        ApiResult created = Preparation.require(
                world.call("POST", "/admin/products").body(write(body)).send(), 200, "creating a test product");
        products.add(sku, created.get("product.id"), created.get("product.variants[0].id"));
        return sku;
    }

    /** A customer with a new e-mail; returns the customer id. */
    public String customer(String firstName, String lastName) {
        String email = world.unique("odoo.conformance").toLowerCase() + "@example.com";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("first_name", firstName);
        body.put("last_name", lastName);
        body.put("phone", "+965-55501234");
        body.put("metadata", Map.of("created_by", "conformance " + world.run().runId()));
        ApiResult created = Preparation.require(
                world.call("POST", "/admin/customers").body(write(body)).send(), 200, "creating a test customer");
        String id = created.get("customer.id");
        customers.add(id, email);
        return id;
    }

    /** A pending order the scenario may change, of {@code quantity} × {@code sku}. */
    public String freshOrder(String customerId, String sku, int quantity) {
        return freshOrder(customerId, Map.of(sku, quantity));
    }

    /**
     * A pending order the scenario may change, with one line per SKU (in the map's order). When
     * the sandbox controls placed it, the placing answer's order is kept in
     * {@link PlacedOrders}; an operator's --order-id holds whatever it holds.
     */
    public String freshOrder(String customerId, Map<String, Integer> quantities) {
        if (world.run().sandboxControls()) {
            List<Map<String, Object>> items = new ArrayList<>();
            quantities.forEach((sku, quantity) -> items.add(Map.of("sku", sku, "quantity", quantity)));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("customer_id", customerId);
            body.put("items", items);
            body.put(
                    "shipping_address",
                    Map.of(
                            "first_name",
                            "Ahmed",
                            "last_name",
                            "Al-Rashid",
                            "address_1",
                            "Block 5, Street 10, House 25",
                            "city",
                            "Kuwait City",
                            "country_code",
                            "kw",
                            "phone",
                            "+965-12345678"));
            ApiResult placed = Preparation.require(
                    world.call("POST", "/_sandbox/orders").body(write(body)).send(),
                    201,
                    "placing an order through the sandbox controls");
            String id = placed.get("order.id");
            orders.add(id, placed.get("order"));
            return id;
        }
        return operatorOrder();
    }

    /**
     * The next --order-id not used by another scenario of this run. It is used up only if the
     * scenario sends a request that changes it; otherwise {@link #releaseUnchangedOrders()} hands
     * it back for the next scenario.
     */
    public String operatorOrder() {
        synchronized (USED_ORDER_IDS) {
            for (String id : world.run().orderIds()) {
                if (!USED_ORDER_IDS.contains(id)) {
                    USED_ORDER_IDS.add(id);
                    adopted.add(id);
                    return id;
                }
            }
        }
        throw new TestAbortedException("needs an order it may change: every --order-id is used (or none was given)");
    }

    /** Hands back the adopted --order-id orders that this scenario never sent a change for. */
    public void releaseUnchangedOrders() {
        synchronized (USED_ORDER_IDS) {
            adopted.stream().filter(id -> !world.wrote(id)).forEach(USED_ORDER_IDS::remove);
        }
        adopted.clear();
    }

    /** A new run starts with every --order-id available. */
    public static void forgetUsedOrders() {
        synchronized (USED_ORDER_IDS) {
            USED_ORDER_IDS.clear();
        }
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
