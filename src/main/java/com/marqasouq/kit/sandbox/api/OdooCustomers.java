package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.sandbox.store.Store;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;

/** GET /odoo/customers (section 8.4). */
final class OdooCustomers {
    private final Store store;

    OdooCustomers(Store store) {
        this.store = store;
    }

    Response list(OffsetDateTime createdAfter, String email, String phone, Integer limit, Integer offset) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
