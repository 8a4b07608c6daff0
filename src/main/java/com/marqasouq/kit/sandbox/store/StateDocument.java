package com.marqasouq.kit.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.marqasouq.kit.sandbox.domain.customers.Customer;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.products.Product;
import com.marqasouq.kit.sandbox.domain.state.State;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.Reduction;
import com.marqasouq.kit.sandbox.domain.stock.StockLocation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The sandbox's state as a JSON document ({@code marqasouq-sandbox-state/1}): what
 * {@code GET /_sandbox/state} exports and {@code PUT /_sandbox/state}, {@code --data FILE} and
 * {@code --state-file FILE} read. Its fields are the document's; {@link StateJson} names them in
 * snake_case.
 */
public final class StateDocument {
    public static final String FORMAT = "marqasouq-sandbox-state/1";

    public String format;
    public Instant clock;
    public List<Order> orders;
    public List<Customer> customers;
    public List<Product> products;
    public List<InventoryItem> inventoryItems;
    public List<StockLocation> stockLocations;
    public List<Reduction> reductions;
    /** Only in {@code --state-file}: webhook targets and undelivered events; never exported by the API. */
    public JsonNode webhooks;

    /** Call under the store's lock: the tree is a copy, the entities are not. */
    public static JsonNode export(State state, Instant now) {
        return StateJson.tree(of(state, now));
    }

    /** The document as pretty-printed JSON bytes, for files; call under the store's lock. */
    public static byte[] exportBytes(State state, Instant now) {
        return StateJson.bytes(of(state, now));
    }

    /** The state file: the document plus the webhook section; call under the store's lock. */
    public static byte[] exportBytes(State state, Instant now, JsonNode webhooks) {
        StateDocument document = of(state, now);
        document.webhooks = webhooks;
        return StateJson.bytes(document);
    }

    /** A new state from a document tree, checked in full first: a bad document is a 400 naming the entity and field. */
    public static State load(JsonNode tree) {
        return StateJson.read(tree).toState();
    }

    public static State load(byte[] json) {
        return StateJson.read(json).toState();
    }

    /** As {@link #load(byte[])}, streamed from a file; an IOException is one reading the file. */
    public static State load(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return StateJson.read(in).toState();
        }
    }

    /** Reads and checks a document without building the state yet. */
    static StateDocument read(byte[] json) {
        return StateJson.read(json);
    }

    static StateDocument of(State state, Instant now) {
        StateDocument document = new StateDocument();
        document.format = FORMAT;
        document.clock = now;
        document.orders = state.orders();
        document.customers = state.customers();
        document.products = state.products();
        document.inventoryItems = state.inventoryItems();
        document.stockLocations = state.stockLocations();
        document.reductions = state.reductions();
        return document;
    }

    State toState() {
        new StateDocumentCheck(this).run();
        // In creation order, every index below is built by appending, never by inserting.
        List<Product> products = inCreationOrder(this.products, p -> p.createdAt, p -> p.id);
        List<InventoryItem> inventoryItems = inCreationOrder(this.inventoryItems, i -> i.createdAt, i -> i.id);
        List<Customer> customers = inCreationOrder(this.customers, c -> c.createdAt, c -> c.id);
        List<Order> orders = inCreationOrder(this.orders, o -> o.createdAt, o -> o.id);
        State state = new State();
        stockLocations.forEach(state::addStockLocation);
        for (Product product : products) {
            product.updatedAt = product.updatedAt == null ? product.createdAt : product.updatedAt;
            state.addProduct(product);
        }
        inventoryItems.forEach(state::addInventoryItem);
        for (Customer customer : customers) {
            customer.updatedAt = customer.updatedAt == null ? customer.createdAt : customer.updatedAt;
            state.addCustomer(customer);
        }
        for (Order order : orders) {
            order.updatedAt = order.updatedAt == null ? order.createdAt : order.updatedAt;
            state.addOrder(order);
        }
        if (reductions != null) {
            reductions.forEach(state::addReduction);
        }
        state.trim();
        return state;
    }

    private static <T> List<T> inCreationOrder(
            List<T> entities, Function<T, Instant> createdAt, Function<T, String> id) {
        List<T> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparing(createdAt).thenComparing(id));
        return sorted;
    }
}
