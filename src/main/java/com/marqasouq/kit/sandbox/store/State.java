package com.marqasouq.kit.sandbox.store;

import com.marqasouq.kit.sandbox.domain.customers.Customer;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.products.Product;
import com.marqasouq.kit.sandbox.domain.products.Variant;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.Reduction;
import com.marqasouq.kit.sandbox.domain.stock.StockLocation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything the sandbox knows, with the lookups that uniqueness rules need (SKU, e-mail,
 * handle). Not thread-safe on its own: {@link Store} guards every access with its lock.
 */
public final class State {
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final Map<String, Customer> customers = new LinkedHashMap<>();
    private final Map<String, Product> products = new LinkedHashMap<>();
    private final Map<String, InventoryItem> inventoryItems = new LinkedHashMap<>();
    private final Map<String, StockLocation> stockLocations = new LinkedHashMap<>();
    private final Map<String, Reduction> reductions = new LinkedHashMap<>();

    private final Map<String, InventoryItem> itemsBySku = new HashMap<>();
    private final Map<String, Customer> customersByEmail = new HashMap<>();
    private final Map<String, Product> productsByHandle = new HashMap<>();
    private final Map<String, Product> productsBySku = new HashMap<>();
    private int lastDisplayId = 1000;

    // ----- orders -----

    public Order order(String id) {
        return orders.get(id);
    }

    /** Oldest first, then by id: paging while data changes never skips an old record (D4). */
    public List<Order> orders() {
        return byCreation(orders.values(), o -> o.createdAt, o -> o.id);
    }

    public void addOrder(Order order) {
        orders.put(order.id, order);
        lastDisplayId = Math.max(lastDisplayId, order.displayId);
    }

    public int nextDisplayId() {
        return ++lastDisplayId;
    }

    // ----- customers -----

    public Customer customer(String id) {
        return customers.get(id);
    }

    public Customer customerByEmail(String email) {
        return email == null ? null : customersByEmail.get(email.toLowerCase(Locale.ROOT));
    }

    public List<Customer> customers() {
        return byCreation(customers.values(), c -> c.createdAt, c -> c.id);
    }

    public void addCustomer(Customer customer) {
        customers.put(customer.id, customer);
        customersByEmail.put(customer.email.toLowerCase(Locale.ROOT), customer);
    }

    public void changeEmail(Customer customer, String email) {
        customersByEmail.remove(customer.email.toLowerCase(Locale.ROOT));
        customer.email = email;
        customersByEmail.put(email.toLowerCase(Locale.ROOT), customer);
    }

    // ----- products -----

    public Product product(String id) {
        return products.get(id);
    }

    public Product productByHandle(String handle) {
        return productsByHandle.get(handle);
    }

    /** The product whose variant has this SKU, if any. */
    public Product productBySku(String sku) {
        return productsBySku.get(sku);
    }

    public Variant variantBySku(String sku) {
        Product product = productsBySku.get(sku);
        if (product == null) {
            return null;
        }
        return product.variants.stream()
                .filter(v -> sku.equals(v.sku))
                .findFirst()
                .orElse(null);
    }

    public List<Product> products() {
        return byCreation(products.values(), p -> p.createdAt, p -> p.id);
    }

    public void addProduct(Product product) {
        products.put(product.id, product);
        productsByHandle.put(product.handle, product);
        for (Variant variant : product.variants) {
            if (variant.sku != null) {
                productsBySku.put(variant.sku, product);
            }
        }
    }

    // ----- stock -----

    public InventoryItem inventoryItem(String id) {
        return inventoryItems.get(id);
    }

    public InventoryItem inventoryItemBySku(String sku) {
        return sku == null ? null : itemsBySku.get(sku);
    }

    public List<InventoryItem> inventoryItems() {
        return byCreation(inventoryItems.values(), i -> i.createdAt, i -> i.id);
    }

    public void addInventoryItem(InventoryItem item) {
        inventoryItems.put(item.id, item);
        itemsBySku.put(item.sku, item);
    }

    public StockLocation stockLocation(String id) {
        return stockLocations.get(id);
    }

    public List<StockLocation> stockLocations() {
        return new ArrayList<>(stockLocations.values());
    }

    public void addStockLocation(StockLocation location) {
        stockLocations.put(location.id, location);
    }

    public Reduction reduction(String orderId, String sku, String reason) {
        return reductions.get(Reduction.key(orderId, sku, reason));
    }

    public List<Reduction> reductions() {
        return new ArrayList<>(reductions.values());
    }

    public void addReduction(Reduction reduction) {
        reductions.put(reduction.key(), reduction);
    }

    private static <T> List<T> byCreation(
            Collection<T> values, Function<T, Instant> createdAt, Function<T, String> id) {
        List<T> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparing(createdAt).thenComparing(id));
        return sorted;
    }
}
