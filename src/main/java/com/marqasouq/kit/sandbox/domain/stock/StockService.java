package com.marqasouq.kit.sandbox.domain.stock;

import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.Ids;
import com.marqasouq.kit.sandbox.domain.Page;
import com.marqasouq.kit.sandbox.domain.PageRequest;
import com.marqasouq.kit.sandbox.domain.state.State;
import com.marqasouq.kit.sandbox.domain.state.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The stock rules (D11–D15): queries, absolute updates, Odoo syncs and reductions. Every
 * command runs under the store's write lock, checks its input before it changes anything, and
 * emits one {@code inventory.updated} per level whose quantity changed (D15, D20).
 */
public final class StockService {
    /** D12, D13: the largest batch the contract allows. */
    public static final int MAX_BATCH = 10_000;

    /** Shared: resources are made per request, and one generator serves them all. */
    private static final Ids IDS = Ids.secure();

    private final Store store;
    private final NewStock newStock = new NewStock(IDS);

    public StockService(Store store) {
        this.store = store;
    }

    /** One page of matching items, oldest first (D4), mapped by {@code view} inside the lock. */
    public <T> Page<T> items(InventoryFilter filter, PageRequest request, BiFunction<State, InventoryItem, T> view) {
        return store.read(state -> {
            List<InventoryItem> matches =
                    state.inventoryItems().stream().filter(filter::matches).toList();
            Page<InventoryItem> page = Page.of(matches, request);
            return new Page<>(page.map(item -> view.apply(state, item)), page.total(), page.limit(), page.offset());
        });
    }

    public <T> List<T> locations(Function<StockLocation, T> view) {
        return store.read(state -> state.stockLocations().stream().map(view).toList());
    }

    /** Section 3.3: the absolute quantity of one item at one location; the level is created if missing. */
    public LevelSnapshot setLevel(String itemId, String locationId, int stockedQuantity) {
        requireQuantity("stocked_quantity", stockedQuantity);
        return store.write(tx -> {
            InventoryItem item = tx.state().inventoryItem(itemId);
            if (item == null) {
                throw DomainException.notFound("Inventory item", itemId);
            }
            if (tx.state().stockLocation(locationId) == null) {
                throw DomainException.notFound("Stock location", locationId);
            }
            InventoryLevel level = newStock.level(tx, item, locationId);
            int previous = level.stockedQuantity;
            level.stockedQuantity = stockedQuantity;
            StockEvents.emitIfChanged(tx, item, level, previous);
            return LevelSnapshot.of(item, level);
        });
    }

    /** D12: absolute quantities per SKU; unknown SKUs are {@code not_found}. */
    public UpdateSummary batchUpdate(List<StockUpdate> updates) {
        requireBatchSize("updates", updates);
        AbsoluteStock rule = AbsoluteStock.batchUpdate(newStock);
        return store.write(tx -> new UpdateSummary(rule.apply(tx, updates)));
    }

    /** D13: as {@link #batchUpdate}, but an unknown SKU creates its inventory item. */
    public UpdateSummary syncFromOdoo(List<StockUpdate> items) {
        requireBatchSize("items", items);
        AbsoluteStock rule = AbsoluteStock.odooSync(newStock);
        return store.write(tx -> new UpdateSummary(rule.apply(tx, items)));
    }

    /**
     * D14, single form: the order must exist and the SKU too (404); short of stock is a 409
     * and changes nothing; a repeat of the same (order, SKU, reason) is {@code ALREADY_REDUCED}.
     */
    public ReduceOutcome reduceOne(String orderId, String reason, ReduceLine line) {
        requireQuantity(line);
        return store.write(tx -> {
            requireOrder(tx.state(), orderId);
            ReduceOutcome outcome = Reductions.reduce(tx, orderId, reason, line);
            switch (outcome.status()) {
                case NOT_FOUND ->
                    throw new DomainException(DomainException.Kind.NOT_FOUND, "NOT_FOUND", outcome.message());
                case INSUFFICIENT_STOCK -> throw DomainException.conflict("INSUFFICIENT_STOCK", outcome.message());
                default -> {
                    return outcome;
                }
            }
        });
    }

    /**
     * D14, items form: each item stands alone, in request order. A SKU named twice in one
     * request is the same (order, SKU, reason) twice: once reduced, the repeat is
     * {@code ALREADY_REDUCED} and its quantity is not taken.
     */
    public ReduceSummary reduceItems(String orderId, String reason, List<ReduceLine> lines) {
        lines.forEach(StockService::requireQuantity);
        return store.write(tx -> {
            requireOrder(tx.state(), orderId);
            List<ReduceOutcome> outcomes = new ArrayList<>(lines.size());
            for (ReduceLine line : lines) {
                outcomes.add(Reductions.reduce(tx, orderId, reason, line));
            }
            return new ReduceSummary(orderId, reason, outcomes);
        });
    }

    private static void requireOrder(State state, String orderId) {
        if (state.order(orderId) == null) {
            throw DomainException.notFound("Order", orderId);
        }
    }

    private static void requireQuantity(ReduceLine line) {
        if (line.quantity() < 1) {
            throw DomainException.invalid("quantity: must be an integer of 1 or more, got " + line.quantity());
        }
    }

    private static void requireQuantity(String field, int quantity) {
        if (quantity < 0) {
            throw DomainException.invalid(field + ": must be an integer of 0 or more, got " + quantity);
        }
    }

    private static void requireBatchSize(String field, List<?> entries) {
        if (entries.size() > MAX_BATCH) {
            throw DomainException.invalid(field + ": at most " + MAX_BATCH + " entries, got " + entries.size());
        }
    }
}
