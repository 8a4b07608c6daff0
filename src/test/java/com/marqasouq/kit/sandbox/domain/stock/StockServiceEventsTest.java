package com.marqasouq.kit.sandbox.domain.stock;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marqasouq.kit.sandbox.domain.DomainEvent;
import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.SandboxClock;
import com.marqasouq.kit.sandbox.domain.state.Store;
import com.marqasouq.kit.sandbox.store.InitialData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** D15, D20: one inventory.updated per level whose quantity changed, and none otherwise. */
class StockServiceEventsTest {
    private static final String PLOTTER = "iitem_odoo_71047_1769183500048";

    private final List<DomainEvent> events = new ArrayList<>();
    private final Store store = new Store(InitialData.defaults(), SandboxClock.system(), events::addAll);
    private final StockService stock = new StockService(store);

    @Test
    void aLevelSetToANewQuantityEmitsOneEventWithTheD20Payload() {
        stock.setLevel(PLOTTER, "sloc_01ABC", 100);
        assertThat(events, hasSize(1));
        assertThat(events.get(0).name(), is("inventory.updated"));
        assertThat(events.get(0), equalTo(new StockLevelEvent(PLOTTER, "LG-CPFL1625", "sloc_01ABC", 2, 100, 100)));
    }

    @Test
    void aLevelSetToTheQuantityItAlreadyHasEmitsNothing() {
        stock.setLevel(PLOTTER, "sloc_01ABC", 2);
        assertThat(events, is(empty()));
    }

    @Test
    void aRefusedLevelUpdateEmitsNothing() {
        assertThrows(DomainException.class, () -> stock.setLevel(PLOTTER, "sloc_nowhere", 5));
        assertThrows(DomainException.class, () -> stock.setLevel("iitem_nope", "sloc_01ABC", 5));
        assertThrows(DomainException.class, () -> stock.setLevel(PLOTTER, "sloc_01ABC", -1));
        assertThat(events, is(empty()));
    }

    @Test
    void aBatchEmitsOneEventPerChangedLevelOnly() {
        stock.batchUpdate(List.of(
                new StockUpdate("LG-CPFL1625", 10, null, null),
                new StockUpdate("SLEEVE", 605, null, null),
                new StockUpdate("NO-SUCH-SKU", 5, null, null),
                new StockUpdate("IPHONE-CASE-001", -1, null, null)));
        assertThat(events, hasSize(1));
        assertThat(level(0).sku(), is("LG-CPFL1625"));
    }

    @Test
    void repeatedEntriesOfABatchEmitNothing() {
        stock.batchUpdate(List.of(new StockUpdate("SLEEVE", 1, null, null), new StockUpdate("SLEEVE", 2, null, null)));
        assertThat(events, is(empty()));
    }

    @Test
    void anOdooSyncOfANewSkuEmitsFromZeroAndAnEmptyNewItemEmitsNothing() {
        stock.syncFromOdoo(
                List.of(StockUpdate.atDefault("NEW-ITEM", 50, "New"), StockUpdate.atDefault("EMPTY-NEW", 0, null)));
        assertThat(events, hasSize(1));
        assertThat(level(0).sku(), is("NEW-ITEM"));
        assertThat(level(0).previousQuantity(), is(0));
        assertThat(level(0).stockedQuantity(), is(50));
        assertThat(store.read(s -> s.inventoryItemBySku("EMPTY-NEW").stocked()), is(0));
    }

    @Test
    void aReductionEmitsOnceAndItsRetryEmitsNothing() {
        stock.reduceOne("order_01ABC123", "order_fulfilled", new ReduceLine("LG-CPFL1625", 1));
        stock.reduceOne("order_01ABC123", "order_fulfilled", new ReduceLine("LG-CPFL1625", 1));
        assertThat(events, hasSize(1));
        assertThat(level(0).previousQuantity(), is(2));
        assertThat(level(0).stockedQuantity(), is(1));
    }

    @Test
    void refusedReductionsEmitNothingAndChangeNothing() {
        assertThrows(
                DomainException.class, () -> stock.reduceOne("order_01ABC123", "r", new ReduceLine("LG-CPFL1625", 3)));
        assertThrows(DomainException.class, () -> stock.reduceOne("order_nope", "r", new ReduceLine("LG-CPFL1625", 1)));
        assertThrows(
                DomainException.class, () -> stock.reduceOne("order_01ABC123", "r", new ReduceLine("NO-SUCH-SKU", 1)));
        assertThrows(
                DomainException.class,
                () -> stock.reduceItems("order_nope", "r", List.of(new ReduceLine("SLEEVE", 1))));
        assertThrows(
                DomainException.class,
                () -> stock.reduceItems(
                        "order_01ABC123", "r", List.of(new ReduceLine("SLEEVE", 1), new ReduceLine("SLEEVE", 0))));
        assertThat(events, is(empty()));
        assertThat(store.read(s -> s.inventoryItemBySku("LG-CPFL1625").stocked()), is(2));
        assertThat(store.read(s -> s.inventoryItemBySku("SLEEVE").stocked()), is(605));
        assertThat(store.read(s -> s.reductions().size()), is(0));
    }

    @Test
    void anItemsReductionEmitsOnePerReducedItem() {
        stock.reduceItems(
                "order_01ABC123",
                "order_shipped",
                List.of(
                        new ReduceLine("LG-CPFL1625", 1), new ReduceLine("SLEEVE", 2),
                        new ReduceLine("IPHONE-CASE-001", 999), new ReduceLine("NO-SUCH-SKU", 1)));
        assertThat(
                events.stream().map(e -> ((StockLevelEvent) e).sku()).toList(),
                equalTo(List.of("LG-CPFL1625", "SLEEVE")));
    }

    private StockLevelEvent level(int index) {
        return (StockLevelEvent) events.get(index);
    }
}
