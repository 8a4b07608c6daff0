package com.marqasouq.kit.sandbox.domain.products;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.sandbox.domain.DomainEvent;
import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.SandboxClock;
import com.marqasouq.kit.sandbox.domain.products.NewProduct.NewVariant;
import com.marqasouq.kit.sandbox.domain.state.Store;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.InventoryLevel;
import com.marqasouq.kit.sandbox.domain.stock.StockLevelEvent;
import com.marqasouq.kit.sandbox.domain.stock.StockLocation;
import com.marqasouq.kit.sandbox.store.InitialData;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inventory.updated events of a product create (D15, D20), seen by the store's publisher. */
class ProductServiceTest {
    private final List<DomainEvent> events = new ArrayList<>();
    private final Store store = new Store(
            InitialData.defaults(),
            new SandboxClock(Clock.fixed(Instant.parse("2026-02-01T09:00:00Z"), ZoneOffset.UTC)),
            events::addAll);
    private final ProductService products = new ProductService(store);

    @Test
    void aCreateWithStockEmitsOneInventoryUpdatedPerStockedLevel() {
        NewProduct request = product(
                "Abaya",
                List.of(
                        variant("Black", "ABAYA-BLK", null, 10),
                        variant("Navy", "ABAYA-NVY", null, 4),
                        variant("Grey", "ABAYA-GRY", null, null)));

        String id = products.create(request, (p, stock) -> p.id);

        assertEquals(2, events.size());
        assertTrue(events.stream().allMatch(e -> e.name().equals("inventory.updated")));
        assertEquals(
                new StockLevelEvent(
                        store.read(s -> s.inventoryItemBySku("ABAYA-BLK").id), "ABAYA-BLK", "sloc_01ABC", 0, 10, 10),
                events.get(0));
        assertEquals("ABAYA-NVY", ((StockLevelEvent) events.get(1)).sku());
        assertEquals(3, (int) store.read(s -> s.product(id).variants.size()));
    }

    @Test
    void aCreateWithoutStockEmitsNothing() {
        products.create(product("Misbaha", List.of(variant("Default", "MISBAHA", null, null))), (p, stock) -> p.id);

        assertTrue(events.isEmpty());
    }

    @Test
    void aZeroQuantityOnANewItemChangesNoLevelAndEmitsNothing() {
        products.create(
                product("Empty Shelf", List.of(variant("Default", "EMPTY-SHELF", null, 0))), (p, stock) -> p.id);

        assertTrue(events.isEmpty());
        assertEquals(
                0, (int) store.read(s -> s.inventoryItemBySku("EMPTY-SHELF").stocked()));
    }

    @Test
    void adoptingAnItemWithOtherStockEmitsItsChangeFromThePreviousQuantity() {
        store.write(tx -> {
            InventoryItem item = new InventoryItem();
            item.id = "iitem_orphan";
            item.sku = "ORPHAN";
            item.createdAt = tx.now();
            InventoryLevel level = new InventoryLevel();
            level.id = "iloc_orphan";
            level.locationId = StockLocation.DEFAULT_ID;
            level.stockedQuantity = 7;
            item.levels.add(level);
            tx.state().addInventoryItem(item);
            return null;
        });

        products.create(product("Adopter", List.of(variant("Default", "ORPHAN", null, 40))), (p, stock) -> p.id);

        assertEquals(1, events.size());
        StockLevelEvent level = (StockLevelEvent) events.get(0);
        assertEquals("iitem_orphan", level.inventoryItemId());
        assertEquals(7, level.previousQuantity());
        assertEquals(40, level.stockedQuantity());
    }

    @Test
    void aRefusedCreateEmitsNothingAndAddsNothing() {
        int productsBefore = store.read(s -> s.products().size());
        int itemsBefore = store.read(s -> s.inventoryItems().size());
        NewProduct request = product(
                "Half Valid", List.of(variant("New", "HALF-NEW", null, 5), variant("Taken", "SLEEVE", null, 5)));

        DomainException e = assertThrows(DomainException.class, () -> products.create(request, (p, stock) -> p.id));

        assertEquals(ProductService.DUPLICATE_SKU, e.code());
        assertTrue(events.isEmpty());
        assertEquals(productsBefore, (int) store.read(s -> s.products().size()));
        assertEquals(itemsBefore, (int) store.read(s -> s.inventoryItems().size()));
        assertEquals(605, (int) store.read(s -> s.inventoryItemBySku("SLEEVE").stocked()));
    }

    @Test
    void aPriceUpdateEmitsNoEvent() {
        products.updatePrices(
                "prod_01KEVBHW78T3MQXDHP9ZVVSRCF",
                "variant_01KEVBHW79ZAPYP5J6ZFM67RST",
                List.of(new Price("kwd", 160000)),
                (p, stock) -> p.id);

        assertTrue(events.isEmpty());
        assertEquals(
                160000L, (long) store.read(s -> s.variantBySku("LG-CPFL1625").price("KWD")));
    }

    private static NewProduct product(String title, List<NewVariant> variants) {
        return new NewProduct(title, null, null, List.of("Colour"), variants, Map.of());
    }

    private static NewVariant variant(String title, String sku, Boolean managed, Integer quantity) {
        return new NewVariant(title, sku, null, List.of(new Price("KWD", 12000)), managed, quantity);
    }
}
