package com.marqasouq.kit.sandbox.domain.stock;

import com.marqasouq.kit.sandbox.domain.Ids;
import com.marqasouq.kit.sandbox.domain.state.Transaction;

/** Makes the inventory items and levels that commands create on the fly (section 3.3, D13). */
final class NewStock {
    private final Ids ids;

    NewStock(Ids ids) {
        this.ids = ids;
    }

    /** D13: an item for a SKU that Odoo knows and the shop does not, titled as Odoo names it. */
    InventoryItem item(Transaction tx, String sku, String title) {
        InventoryItem item = new InventoryItem();
        item.id = ids.next("iitem_", tx.now());
        item.sku = sku;
        item.title = title == null || title.isBlank() ? sku : title;
        item.createdAt = tx.now();
        tx.state().addInventoryItem(item);
        return item;
    }

    /** The item's level at the location, created empty if it has none there yet. */
    InventoryLevel level(Transaction tx, InventoryItem item, String locationId) {
        InventoryLevel level = item.level(locationId);
        if (level != null) {
            return level;
        }
        level = new InventoryLevel();
        level.id = ids.next("iloc_", tx.now());
        level.locationId = locationId;
        item.levels.add(level);
        return level;
    }
}
