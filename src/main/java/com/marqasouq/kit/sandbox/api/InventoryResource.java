package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.api.InventoryApi;
import com.marqasouq.kit.generated.model.BatchUpdateRequest;
import com.marqasouq.kit.generated.model.BatchUpdateResponse;
import com.marqasouq.kit.generated.model.ConflictError;
import com.marqasouq.kit.generated.model.ErrorResponse;
import com.marqasouq.kit.generated.model.InvalidDataError;
import com.marqasouq.kit.generated.model.InventoryItemListResponse;
import com.marqasouq.kit.generated.model.InventoryLevelResponse;
import com.marqasouq.kit.generated.model.LocationLevelUpdateRequest;
import com.marqasouq.kit.generated.model.NotFoundError;
import com.marqasouq.kit.generated.model.ReduceStockRequest;
import com.marqasouq.kit.generated.model.ReduceStockResponse;
import com.marqasouq.kit.generated.model.StockLocationListResponse;
import com.marqasouq.kit.generated.model.UnauthorizedError;
import com.marqasouq.kit.sandbox.store.Store;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/** The admin inventory routes (sections 3, 8.7, 8.8). */
public final class InventoryResource implements InventoryApi {
    private final Store store;

    @Inject
    public InventoryResource(Store store) {
        this.store = store;
    }

    @Override
    public Response batchUpdateInventory(BatchUpdateRequest batchUpdateRequest) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public Response listInventoryItems(Integer limit, Integer offset, String sku, String q) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public Response listStockLocations() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public Response reduceStock(ReduceStockRequest reduceStockRequest) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public Response updateLocationLevel(String inventoryItemId, String locationId, LocationLevelUpdateRequest locationLevelUpdateRequest) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
