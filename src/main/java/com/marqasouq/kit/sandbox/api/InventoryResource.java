package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.api.InventoryApi;
import com.marqasouq.kit.generated.model.BatchUpdateEntry;
import com.marqasouq.kit.generated.model.BatchUpdateRequest;
import com.marqasouq.kit.generated.model.LocationLevelUpdateRequest;
import com.marqasouq.kit.generated.model.ReduceStockItemsRequest;
import com.marqasouq.kit.generated.model.ReduceStockRequest;
import com.marqasouq.kit.generated.model.ReduceStockSingleRequest;
import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.PageRequest;
import com.marqasouq.kit.sandbox.domain.state.Store;
import com.marqasouq.kit.sandbox.domain.stock.InventoryFilter;
import com.marqasouq.kit.sandbox.domain.stock.ReduceLine;
import com.marqasouq.kit.sandbox.domain.stock.StockService;
import com.marqasouq.kit.sandbox.domain.stock.StockUpdate;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The admin inventory routes (sections 3, 8.7, 8.8). */
@Singleton
public final class InventoryResource implements InventoryApi {
    private static final int DEFAULT_LIMIT = 50;

    private final StockService stock;

    @Inject
    public InventoryResource(Store store) {
        this.stock = new StockService(store);
    }

    @Override
    public Response listInventoryItems(Integer limit, Integer offset, String sku, String q) {
        PageRequest page = PageRequest.of(limit, offset, DEFAULT_LIMIT);
        return Response.ok(InventoryViews.list(
                        stock.items(InventoryFilter.admin(sku, q), page, (state, item) -> InventoryViews.item(item))))
                .build();
    }

    @Override
    public Response updateLocationLevel(String inventoryItemId, String locationId, LocationLevelUpdateRequest request) {
        return Response.ok(
                        InventoryViews.level(stock.setLevel(inventoryItemId, locationId, request.getStockedQuantity())))
                .build();
    }

    @Override
    public Response batchUpdateInventory(BatchUpdateRequest request) {
        List<StockUpdate> updates =
                request.getUpdates().stream().map(InventoryResource::update).toList();
        return Response.ok(InventoryViews.batch(stock.batchUpdate(updates))).build();
    }

    private static StockUpdate update(BatchUpdateEntry entry) {
        return new StockUpdate(entry.getSku(), entry.getStockedQuantity(), entry.getLocationId(), null);
    }

    @Override
    public Response reduceStock(ReduceStockRequest request) {
        if (request instanceof ReduceStockSingleRequest single) {
            ReduceLine line = new ReduceLine(single.getSku(), single.getQuantity());
            return Response.ok(ReduceStockViews.single(stock.reduceOne(single.getOrderId(), single.getReason(), line)))
                    .build();
        }
        if (request instanceof ReduceStockItemsRequest items) {
            List<ReduceLine> lines = items.getItems().stream()
                    .map(item -> new ReduceLine(item.getSku(), item.getQuantity()))
                    .toList();
            return Response.ok(ReduceStockViews.items(stock.reduceItems(items.getOrderId(), items.getReason(), lines)))
                    .build();
        }
        throw DomainException.invalid(
                "The body matches neither form: send {sku, quantity, order_id, reason} or {order_id, reason, items}");
    }

    @Override
    public Response listStockLocations() {
        return Response.ok(InventoryViews.locations(stock.locations(InventoryViews::location)))
                .build();
    }
}
