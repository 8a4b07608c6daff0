package com.marqasouq.kit.sandbox.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.marqasouq.kit.sandbox.domain.orders.Fulfillment;
import com.marqasouq.kit.sandbox.domain.orders.FulfillmentStatus;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.orders.OrderStatus;
import com.marqasouq.kit.sandbox.domain.state.State;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.InventoryLevel;
import com.marqasouq.kit.sandbox.domain.stock.Reduction;
import com.marqasouq.kit.sandbox.domain.stock.StockLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {
    private static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");

    @TempDir
    Path dir;

    /** The default data plus what the API changes: a fulfillment, a second location, reservations, reductions. */
    private static State richState() {
        State state = InitialData.defaults();
        StockLocation depot = new StockLocation();
        depot.id = "sloc_01DEPOT";
        depot.name = "Ahmadi Depot";
        depot.city = "Ahmadi";
        depot.countryCode = "kw";
        state.addStockLocation(depot);
        InventoryItem sleeve = state.inventoryItemBySku("SLEEVE");
        InventoryLevel level = new InventoryLevel();
        level.id = "iloc_01DEPOTSLEEVE";
        level.locationId = depot.id;
        level.stockedQuantity = 12;
        level.reservedQuantity = 3;
        level.incomingQuantity = 40;
        sleeve.levels.add(level);
        Order order = state.order("order_01ABC123");
        Fulfillment fulfillment = new Fulfillment();
        fulfillment.id = "ful_01ABC";
        fulfillment.items.add(new Fulfillment.FulfilledItem("item_01ABC", 1));
        fulfillment.metadata.put("tracking_number", "KW123");
        fulfillment.createdAt = NOW;
        order.fulfillments.add(fulfillment);
        order.items.get(0).fulfilledQuantity = 1;
        order.fulfillmentStatus = FulfillmentStatus.FULFILLED;
        order.metadata.put("odoo_sync_date", "2026-02-01T12:00:00");
        state.addReduction(new Reduction("order_01ABC123", "LG-CPFL1625", "order_fulfilled", 1, NOW));
        state.addReduction(new Reduction("order_01ABC123", "LG-CPFL1625", "order_shipped", 1, NOW.plusSeconds(5)));
        return state;
    }

    @Test
    void aSavedStateLoadsBackWithEveryEntityAndTheReductionLedger() throws IOException {
        State state = richState();
        Path file = dir.resolve("state.json");

        StateFile.save(file, StateFile.document(state, NOW));
        State loaded = StateFile.load(file);

        JsonNode original = StateDocument.export(state, NOW);
        JsonNode reloaded = StateDocument.export(loaded, NOW);
        assertEquals(original, reloaded);
        assertEquals(2, reloaded.get("reductions").size());
        assertEquals(2, reloaded.get("stock_locations").size());
        assertTrue(loaded.reduction("order_01ABC123", "LG-CPFL1625", "order_shipped") != null);
        assertEquals(
                "KW123",
                loaded.order("order_01ABC123").fulfillments.get(0).metadata.get("tracking_number"));
        assertEquals(3, loaded.inventoryItemBySku("SLEEVE").level("sloc_01DEPOT").reservedQuantity);
    }

    @Test
    void theLoadedStateKeepsLookupsAndNullMetadataValues() throws IOException {
        Path file = dir.resolve("state.json");
        StateFile.save(file, StateFile.document(InitialData.defaults(), NOW));

        State loaded = StateFile.load(file);

        assertEquals("cus_01XYZ789", loaded.customerByEmail("AHMED@example.com").id);
        assertEquals("prod_01KEVBHW78T3MQXDHP9ZVVSRCF", loaded.productBySku("LG-CPFL1625").id);
        assertTrue(loaded.order("order_01ABC123").metadata.containsKey("odoo_order_id"));
        assertNull(loaded.order("order_01ABC123").metadata.get("odoo_order_id"));
        assertEquals(InitialData.defaults().nextDisplayId(), loaded.nextDisplayId());
    }

    @Test
    void theFileIsReadableJsonInTheDocumentFormat() throws IOException {
        Path file = dir.resolve("state.json");
        StateFile.save(file, StateFile.document(InitialData.defaults(), NOW));

        String json = Files.readString(file);

        assertTrue(json.contains("\"format\" : \"marqasouq-sandbox-state/1\""), json.substring(0, 80));
        assertTrue(json.contains("\"address_1\""));
        assertTrue(json.contains("\"2026-01-30T10:30:00.000Z\""));
    }

    @Test
    void aBrokenFileIsAnErrorNamingTheFileAndTheField() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(
                file,
                "{\"format\":\"marqasouq-sandbox-state/1\",\"orders\":[],\"customers\":[],\"products\":[],"
                        + "\"inventory_items\":[{\"id\":\"iitem_1\",\"sku\":\"A\",\"created_at\":\"2026-01-01T00:00:00Z\","
                        + "\"levels\":[{\"location_id\":\"sloc_X\",\"stocked_quantity\":1}]}],\"stock_locations\":[]}");

        IOException e = assertThrows(IOException.class, () -> StateFile.load(file));

        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("inventory_items[0].levels[0].location_id"), e.getMessage());
    }

    @Test
    void aFileThatIsNotJsonIsAnError() throws IOException {
        Path file = dir.resolve("half.json");
        Files.writeString(file, "{\"format\":\"marqasouq-sandbox-state/1\",\"orders\":[");

        IOException e = assertThrows(IOException.class, () -> StateFile.load(file));

        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void startDataFromAFileGivesAFreshStateEachTime() throws IOException {
        Path file = dir.resolve("data.json");
        StateFile.save(file, StateFile.document(InitialData.defaults(), NOW));
        StartData start = StartData.file(file);

        State first = start.fresh();
        first.order("order_01ABC123").status = OrderStatus.CANCELED;

        assertEquals(OrderStatus.PENDING, start.fresh().order("order_01ABC123").status);
        assertTrue(start.description().contains("data.json"));
    }
}
