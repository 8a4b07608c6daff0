package com.marqasouq.kit.sandbox.domain.state;

import com.marqasouq.kit.sandbox.domain.customers.Customer;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.orders.OrderStatus;
import com.marqasouq.kit.sandbox.domain.products.Product;
import com.marqasouq.kit.sandbox.domain.products.Variant;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.Reduction;
import com.marqasouq.kit.sandbox.domain.stock.StockLocation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything the sandbox knows, with the lookups that uniqueness rules need (SKU, e-mail,
 * handle) and the orders indexed by status, creation time and customer. Lists are kept in
 * creation order (D4) rather than sorted per request. Not thread-safe on its own: {@link Store}
 * guards every access.
 */
public final class State {
    private final Map<String, Order> orders = new HashMap<>();
    private final OrderIndex orderIndex = new OrderIndex();
    private final Map<String, Customer> customers = new HashMap<>();
    private final CreationOrder<Customer> customersInOrder = new CreationOrder<>(c -> c.createdAt, c -> c.id);
    private final Map<String, Product> products = new HashMap<>();
    private final CreationOrder<Product> productsInOrder = new CreationOrder<>(p -> p.createdAt, p -> p.id);
    private final Map<String, InventoryItem> inventoryItems = new HashMap<>();
    private final CreationOrder<InventoryItem> itemsInOrder = new CreationOrder<>(i -> i.createdAt, i -> i.id);
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

    /** Oldest first, then by id: paging while data changes never skips an old record (D4). A read-only view. */
    public List<Order> orders() {
        return orderIndex.all();
    }

    /**
     * The orders with one of {@code statuses} (any status if empty) created within [from, to]
     * (null bounds are open), as one run per status, each oldest first: merge them for a page.
     */
    public List<List<Order>> ordersByStatusCreatedBetween(Set<OrderStatus> statuses, Instant from, Instant to) {
        return orderIndex.runs(statuses, from, to);
    }

    /** A customer's orders, oldest first; a read-only view. */
    public List<Order> ordersOfCustomer(String customerId) {
        return orderIndex.ofCustomer(customerId);
    }

    public void addOrder(Order order) {
        orders.put(order.id, order);
        orderIndex.add(order);
        lastDisplayId = Math.max(lastDisplayId, order.displayId);
    }

    /** Every status change goes through here, so that the status index stays true. */
    public void changeStatus(Order order, OrderStatus status) {
        OrderStatus previous = order.status;
        if (status != previous) {
            order.status = status;
            orderIndex.statusChanged(order, previous);
        }
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

    /** Oldest first; a read-only view. */
    public List<Customer> customers() {
        return customersInOrder.all();
    }

    public void addCustomer(Customer customer) {
        customers.put(customer.id, customer);
        customersInOrder.add(customer);
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

    /** Oldest first; a read-only view. */
    public List<Product> products() {
        return productsInOrder.all();
    }

    public void addProduct(Product product) {
        products.put(product.id, product);
        productsInOrder.add(product);
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

    /** Oldest first; a read-only view. */
    public List<InventoryItem> inventoryItems() {
        return itemsInOrder.all();
    }

    public void addInventoryItem(InventoryItem item) {
        inventoryItems.put(item.id, item);
        itemsInOrder.add(item);
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

    /** Gives back the spare capacity of the lists once a whole state is loaded. */
    public void trim() {
        orderIndex.trim();
        customersInOrder.trim();
        productsInOrder.trim();
        itemsInOrder.trim();
    }
}
