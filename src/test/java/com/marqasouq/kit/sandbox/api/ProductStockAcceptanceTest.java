package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.InventoryLevel;
import com.marqasouq.kit.sandbox.domain.stock.StockLocation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The inventory item a new product's variant gets, or adopts, and the stock it starts with. */
@ExtendWith(RunningSandbox.class)
class ProductStockAcceptanceTest {

    @Test
    void aManagedVariantWithoutQuantityGetsAnEmptyInventoryItemThatOdooCanFill() {
        RunningSandbox.api()
                .body(Products.product("Prayer Mat", "PRAYER-MAT"))
                .post("/admin/products")
                .then()
                .statusCode(200)
                .body("product.variants[0].inventory_quantity", equalTo(0));

        InventoryItem item = Products.inventoryItem("PRAYER-MAT");
        assertThat(item, notNullValue());
        assertEquals(0, item.level(StockLocation.DEFAULT_ID).stockedQuantity);
    }

    @Test
    void anUnmanagedVariantWithoutQuantityGetsNoInventoryItem() {
        int before = Products.inventoryItemCount();
        Products.createGiftCard();

        assertNull(Products.inventoryItem("GIFT-CARD"));
        assertEquals(before, Products.inventoryItemCount());
    }

    @Test
    void anInventoryItemOfTheSkuThatBelongsToNoProductIsAdopted() {
        addOrphanItem("ODOO-FIRST", 7);
        int items = Products.inventoryItemCount();

        Map<String, Object> body = Products.product("Synced From Odoo First", "ODOO-FIRST");
        @SuppressWarnings("unchecked")
        Map<String, Object> variant = ((List<Map<String, Object>>) body.get("variants")).get(0);
        variant.put("inventory_quantity", 40);
        RunningSandbox.api()
                .body(body)
                .post("/admin/products")
                .then()
                .statusCode(200)
                .body("product.variants[0].inventory_quantity", equalTo(40));

        assertEquals(items, Products.inventoryItemCount());
        InventoryItem item = Products.inventoryItem("ODOO-FIRST");
        assertEquals("iitem_odoo_orphan", item.id);
        assertEquals(40, item.level(StockLocation.DEFAULT_ID).stockedQuantity);
    }

    @Test
    void anAdoptedItemKeepsItsStockWhenNoQuantityIsSent() {
        addOrphanItem("ODOO-KEEP", 12);

        RunningSandbox.api()
                .body(Products.product("Kept Stock", "ODOO-KEEP"))
                .post("/admin/products")
                .then()
                .statusCode(200)
                .body("product.variants[0].inventory_quantity", equalTo(12));
    }

    private static void addOrphanItem(String sku, int stocked) {
        RunningSandbox.sandbox().store().write(tx -> {
            InventoryItem item = new InventoryItem();
            item.id = "iitem_odoo_orphan";
            item.sku = sku;
            item.title = "Synced from Odoo before its product";
            item.createdAt = Instant.parse("2026-01-31T00:00:00Z");
            InventoryLevel level = new InventoryLevel();
            level.id = "iloc_odoo_orphan";
            level.locationId = StockLocation.DEFAULT_ID;
            level.stockedQuantity = stocked;
            item.levels.add(level);
            tx.state().addInventoryItem(item);
            return null;
        });
    }
}
