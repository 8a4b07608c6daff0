package com.marqasouq.kit.sandbox.domain.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.SandboxClock;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.orders.TestOrders;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.InventoryLevel;
import com.marqasouq.kit.sandbox.domain.stock.StockLocation;
import com.marqasouq.kit.sandbox.store.InitialData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Reads run without a lock, yet never see a write half done, and writes stay atomic. */
class StoreReadsTest {
    private static final int TOTAL = 1_000;

    private final Store store = new Store(InitialData.empty(), SandboxClock.system(), events -> {});

    @Test
    void readsDuringWritesNeverSeeAMoveOfStockHalfDone() throws Exception {
        InventoryLevel a = addItem("iitem_A", "SKU-A", TOTAL);
        InventoryLevel b = addItem("iitem_B", "SKU-B", 0);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    int reads = 0;
                    while (writing.get() || reads == 0) {
                        int sum = store.read(state -> a.stockedQuantity + b.stockedQuantity);
                        assertEquals(TOTAL, sum, "a read saw one side of a move without the other");
                        reads++;
                    }
                    return reads;
                }));
            }
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 20_000; i++) {
                    int amount = 1 + i % 7;
                    store.write(tx -> {
                        a.stockedQuantity -= amount;
                        Thread.onSpinWait(); // widen the window in which the move is half done
                        b.stockedQuantity += amount;
                        return null;
                    });
                    store.write(tx -> {
                        b.stockedQuantity -= amount;
                        a.stockedQuantity += amount;
                        return null;
                    });
                }
                writing.set(false);
            });
            writer.get();
            for (Future<Integer> reader : readers) {
                assertTrue(reader.get() > 0);
            }
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
        assertEquals(TOTAL, a.stockedQuantity);
    }

    @Test
    void aReadInsideAWriteSeesTheWritesOwnChangesWithoutWaitingForItself() {
        Order order = TestOrders.order("order_INSIDE", "2027-01-01T00:00:00.000Z");

        Order seen = assertTimeoutPreemptively(
                Duration.ofSeconds(30),
                () -> store.write(tx -> {
                    tx.state().addOrder(order);
                    return store.read(state -> state.order("order_INSIDE"));
                }));

        assertSame(order, seen);
    }

    @Test
    void aReadThatFailsByItselfFailsOnceWithItsOwnError() {
        DomainException e = assertThrows(
                DomainException.class,
                () -> store.read(state -> {
                    throw DomainException.notFound("Order", "order_NONE");
                }));

        assertEquals("NOT_FOUND", e.code());
    }

    private InventoryLevel addItem(String id, String sku, int stocked) {
        return store.write(tx -> {
            InventoryItem item = new InventoryItem();
            item.id = id;
            item.sku = sku;
            item.title = sku;
            item.createdAt = Instant.parse("2027-01-01T00:00:00Z");
            InventoryLevel level = new InventoryLevel();
            level.id = "iloc_" + id;
            level.locationId = StockLocation.DEFAULT_ID;
            level.stockedQuantity = stocked;
            item.levels.add(level);
            tx.state().addInventoryItem(item);
            return level;
        });
    }
}
