package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.model.OdooInventorySyncRequest;
import com.marqasouq.kit.sandbox.domain.PageRequest;
import com.marqasouq.kit.sandbox.domain.state.Store;
import com.marqasouq.kit.sandbox.domain.stock.InventoryFilter;
import com.marqasouq.kit.sandbox.domain.stock.StockService;
import com.marqasouq.kit.sandbox.domain.stock.StockUpdate;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** GET and POST /odoo/inventory (sections 8.5, 8.6). */
final class OdooInventory {
    /** D4: this route pages by 100 unless told otherwise. */
    private static final int DEFAULT_LIMIT = 100;

    private final StockService stock;

    OdooInventory(Store store) {
        this.stock = new StockService(store);
    }

    Response list(String sku, Boolean lowStock, Boolean includeProducts, Integer limit, Integer offset) {
        PageRequest page = PageRequest.of(limit, offset, DEFAULT_LIMIT);
        boolean withProducts = Boolean.TRUE.equals(includeProducts);
        InventoryFilter filter = InventoryFilter.odoo(sku, Boolean.TRUE.equals(lowStock));
        return Response.ok(OdooInventoryViews.list(
                        stock.items(filter, page, (state, item) -> OdooInventoryViews.row(state, item, withProducts))))
                .build();
    }

    Response sync(OdooInventorySyncRequest request) {
        List<StockUpdate> items = request.getItems().stream()
                .map(item -> StockUpdate.atDefault(item.getSku(), item.getQuantity(), item.getTitle()))
                .toList();
        return Response.ok(OdooInventoryViews.sync(stock.syncFromOdoo(items))).build();
    }
}
