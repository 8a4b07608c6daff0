package com.marqasouq.kit.sandbox.domain.products;

import com.marqasouq.kit.sandbox.domain.Ids;
import com.marqasouq.kit.sandbox.domain.products.NewProduct.NewVariant;
import com.marqasouq.kit.sandbox.domain.state.Transaction;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.InventoryLevel;
import com.marqasouq.kit.sandbox.domain.stock.StockEvents;
import com.marqasouq.kit.sandbox.domain.stock.StockLocation;

/**
 * The stock of a new variant (D11, D17). A variant whose inventory is managed, or that is sent
 * with {@code inventory_quantity}, gets the inventory item of its SKU: a new one, or the one
 * that already exists for that SKU but belongs to no product (Odoo may sync stock with
 * {@code POST /odoo/inventory} before it creates the product, D13), which is adopted as it is.
 * {@code inventory_quantity} then sets the stocked quantity at the default location, and every
 * level whose quantity changed emits {@code inventory.updated} (D15, D20).
 */
final class VariantInventory {
    private final Transaction tx;
    private final Ids ids;

    VariantInventory(Transaction tx, Ids ids) {
        this.tx = tx;
        this.ids = ids;
    }

    void provide(Product product, Variant variant, NewVariant wanted) {
        if (!wanted.managed() && wanted.inventoryQuantity() == null) {
            return;
        }
        InventoryItem item = tx.state().inventoryItemBySku(variant.sku);
        if (item == null) {
            item = newItem(product, variant);
            tx.state().addInventoryItem(item);
        }
        InventoryLevel level = item.level(StockLocation.DEFAULT_ID);
        if (level == null) {
            level = newLevel();
            item.levels.add(level);
        }
        if (wanted.inventoryQuantity() != null) {
            int previous = level.stockedQuantity;
            level.stockedQuantity = wanted.inventoryQuantity();
            StockEvents.emitIfChanged(tx, item, level, previous);
        }
    }

    private InventoryItem newItem(Product product, Variant variant) {
        InventoryItem item = new InventoryItem();
        item.id = ids.next("iitem_", tx.now());
        item.sku = variant.sku;
        item.title = product.variants.size() == 1 ? product.title : product.title + " - " + variant.title;
        item.createdAt = tx.now();
        return item;
    }

    private InventoryLevel newLevel() {
        InventoryLevel level = new InventoryLevel();
        level.id = ids.next("iloc_", tx.now());
        level.locationId = StockLocation.DEFAULT_ID;
        return level;
    }
}
