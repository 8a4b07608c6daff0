package com.marqasouq.kit.sandbox.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.orders.OrderStatus;
import com.marqasouq.kit.sandbox.domain.state.State;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data file: read once at start, kept for resets when small, read again from disk when large. */
class StartDataTest {
    private static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aSmallDataFileResetsToWhatItHeldAtStartEvenIfItChangedSince() throws IOException {
        Path file = dataFile(OrderStatus.PENDING);
        StartData start = StartData.file(file);
        start.initial();

        dataFile(OrderStatus.CANCELED);

        assertEquals(OrderStatus.PENDING, start.fresh().order("order_01ABC123").status);
    }

    @Test
    void aLargeDataFileIsReadAgainFromDiskAtEachReset() throws IOException {
        Path file = dataFile(OrderStatus.PENDING);
        StartData start = StartData.file(file, 0);
        assertEquals(OrderStatus.PENDING, start.initial().order("order_01ABC123").status);

        dataFile(OrderStatus.CANCELED);

        assertEquals(OrderStatus.CANCELED, start.fresh().order("order_01ABC123").status);
    }

    @Test
    void aLoadedDocumentKeepsEachRepeatedTextOnce() throws IOException {
        State state = StartData.file(dataFile(OrderStatus.PENDING)).initial();

        Order first = state.orders().get(0);
        Order second = state.orders().get(1);
        assertEquals(first.currencyCode, second.currencyCode);
        assertSame(first.currencyCode, second.currencyCode);
        assertSame(state.order("order_01ABC123").items.get(0).sku, state.inventoryItemBySku("LG-CPFL1625").sku);
    }

    /** The default data with the document's order in {@code status}, written to data.json. */
    private Path dataFile(OrderStatus status) throws IOException {
        State state = InitialData.defaults();
        state.changeStatus(state.order("order_01ABC123"), status);
        Path file = dir.resolve("data.json");
        StateFile.save(file, StateFile.document(state, NOW));
        return file;
    }
}
