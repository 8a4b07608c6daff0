package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.api.OdooApi;
import com.marqasouq.kit.generated.model.OdooInventorySyncRequest;
import com.marqasouq.kit.generated.model.OdooOrderUpdateRequest;
import com.marqasouq.kit.generated.model.OrderStatus;
import com.marqasouq.kit.sandbox.domain.state.Store;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The dedicated Odoo routes (section 8). The generated interface groups them under one tag;
 * each noun is served by its own class so that orders, customers and stock stay apart.
 */
@Singleton
public final class OdooResource implements OdooApi {
    private final OdooOrders orders;
    private final OdooCustomers customers;
    private final OdooInventory inventory;

    @Inject
    public OdooResource(Store store) {
        this.orders = new OdooOrders(store);
        this.customers = new OdooCustomers(store);
        this.inventory = new OdooInventory(store);
    }

    @Override
    public Response listOdooOrders(
            List<OrderStatus> status, OffsetDateTime dateFrom, OffsetDateTime dateTo, Integer limit, Integer offset) {
        return orders.list(status, dateFrom, dateTo, limit, offset);
    }

    @Override
    public Response getOdooOrder(String orderId) {
        return orders.get(orderId);
    }

    @Override
    public Response updateOdooOrder(String orderId, OdooOrderUpdateRequest request) {
        return orders.update(orderId, request);
    }

    @Override
    public Response listOdooCustomers(
            OffsetDateTime createdAfter, String email, String phone, Integer limit, Integer offset) {
        return customers.list(createdAfter, email, phone, limit, offset);
    }

    @Override
    public Response listOdooInventory(
            String sku, Boolean lowStock, Boolean includeProducts, Integer limit, Integer offset) {
        return inventory.list(sku, lowStock, includeProducts, limit, offset);
    }

    @Override
    public Response syncOdooInventory(OdooInventorySyncRequest request) {
        return inventory.sync(request);
    }
}
