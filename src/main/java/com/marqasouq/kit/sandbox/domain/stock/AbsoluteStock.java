package com.marqasouq.kit.sandbox.domain.stock;

import com.marqasouq.kit.sandbox.domain.state.State;
import com.marqasouq.kit.sandbox.domain.state.Transaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sets absolute stocked quantities entry by entry, for a batch update (D12) or an Odoo sync
 * (D13). Entries are independent: a bad one is reported and the others are applied.
 */
final class AbsoluteStock {
    private final NewStock newStock;
    private final String quantityField;
    private final boolean createUnknownSkus;

    private AbsoluteStock(NewStock newStock, String quantityField, boolean createUnknownSkus) {
        this.newStock = newStock;
        this.quantityField = quantityField;
        this.createUnknownSkus = createUnknownSkus;
    }

    /** D12: an unknown SKU is {@code not_found}. */
    static AbsoluteStock batchUpdate(NewStock newStock) {
        return new AbsoluteStock(newStock, "stocked_quantity", false);
    }

    /** D13: an unknown SKU creates its inventory item at the default location. */
    static AbsoluteStock odooSync(NewStock newStock) {
        return new AbsoluteStock(newStock, "quantity", true);
    }

    List<UpdateOutcome> apply(Transaction tx, List<StockUpdate> updates) {
        Set<String> repeated = repeatedSkus(updates);
        List<UpdateOutcome> outcomes = new ArrayList<>(updates.size());
        for (StockUpdate update : updates) {
            outcomes.add(applyOne(tx, update, repeated.contains(update.sku())));
        }
        return outcomes;
    }

    private UpdateOutcome applyOne(Transaction tx, StockUpdate update, boolean repeated) {
        String sku = update.sku();
        if (repeated) {
            // D12: which of two values is meant is unknowable, so none is applied.
            return UpdateOutcome.failed(
                    sku,
                    UpdateOutcome.Status.DUPLICATE,
                    "SKU " + sku + " appears more than once in this request; none of its entries was applied");
        }
        if (update.quantity() < 0) {
            return UpdateOutcome.failed(
                    sku,
                    UpdateOutcome.Status.INVALID,
                    quantityField + ": must be an integer of 0 or more, got " + update.quantity());
        }
        State state = tx.state();
        if (state.stockLocation(update.location()) == null) {
            return UpdateOutcome.failed(
                    sku,
                    UpdateOutcome.Status.NOT_FOUND,
                    "location_id: stock location " + update.location() + " was not found");
        }
        InventoryItem item = state.inventoryItemBySku(sku);
        boolean created = false;
        if (item == null) {
            if (!createUnknownSkus) {
                return UpdateOutcome.failed(sku, UpdateOutcome.Status.NOT_FOUND, "No inventory item has SKU " + sku);
            }
            item = newStock.item(tx, sku, update.title());
            created = true;
        }
        InventoryLevel level = newStock.level(tx, item, update.location());
        int previous = level.stockedQuantity;
        level.stockedQuantity = update.quantity();
        StockEvents.emitIfChanged(tx, item, level, previous);
        return UpdateOutcome.updated(sku, previous, level.stockedQuantity, created);
    }

    /** D12: a SKU is a duplicate when named twice in one request, whatever the locations. */
    private static Set<String> repeatedSkus(List<StockUpdate> updates) {
        Map<String, Integer> counts = new HashMap<>();
        for (StockUpdate update : updates) {
            counts.merge(update.sku(), 1, Integer::sum);
        }
        Set<String> repeated = new HashSet<>();
        counts.forEach((sku, count) -> {
            if (count > 1) {
                repeated.add(sku);
            }
        });
        return repeated;
    }
}
