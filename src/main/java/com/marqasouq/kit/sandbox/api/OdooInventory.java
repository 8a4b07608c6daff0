package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.model.OdooInventorySyncRequest;
import com.marqasouq.kit.sandbox.store.Store;
import jakarta.ws.rs.core.Response;

/** GET and POST /odoo/inventory (sections 8.5, 8.6). */
final class OdooInventory {
    private final Store store;

    OdooInventory(Store store) {
        this.store = store;
    }

    Response list(String sku, Boolean lowStock, Boolean includeProducts, Integer limit, Integer offset) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    Response sync(OdooInventorySyncRequest request) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
