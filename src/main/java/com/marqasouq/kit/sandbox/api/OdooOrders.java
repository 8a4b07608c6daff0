package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.model.OdooOrderUpdateRequest;
import com.marqasouq.kit.generated.model.OrderStatus;
import com.marqasouq.kit.sandbox.store.Store;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;

/** GET /odoo/orders, GET and PATCH /odoo/orders/{id} (sections 8.1–8.3). */
final class OdooOrders {
    private final Store store;

    OdooOrders(Store store) {
        this.store = store;
    }

    Response list(List<OrderStatus> status, OffsetDateTime dateFrom, OffsetDateTime dateTo, Integer limit, Integer offset) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    Response get(String orderId) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    Response update(String orderId, OdooOrderUpdateRequest request) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
