package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.api.OrdersApi;
import com.marqasouq.kit.generated.model.CancelOrderResponse;
import com.marqasouq.kit.generated.model.ConflictError;
import com.marqasouq.kit.generated.model.ErrorResponse;
import com.marqasouq.kit.generated.model.FulfillmentCreateRequest;
import com.marqasouq.kit.generated.model.InvalidDataError;
import com.marqasouq.kit.generated.model.NotFoundError;
import com.marqasouq.kit.generated.model.OrderListResponse;
import com.marqasouq.kit.generated.model.OrderResponse;
import com.marqasouq.kit.generated.model.OrderStatus;
import com.marqasouq.kit.generated.model.OrderUpdateRequest;
import com.marqasouq.kit.generated.model.UnauthorizedError;
import com.marqasouq.kit.sandbox.store.Store;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;

/** The admin orders routes (section 2). */
public final class OrdersResource implements OrdersApi {
    private final Store store;

    @Inject
    public OrdersResource(Store store) {
        this.store = store;
    }

    @Override
    public Response cancelOrder(String orderId) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public Response createFulfillment(String orderId, FulfillmentCreateRequest fulfillmentCreateRequest) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public Response getOrder(String orderId) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public Response listOrders(Integer limit, Integer offset, OrderStatus status, OffsetDateTime createdAtGte, OffsetDateTime createdAtLte, Boolean metadataOdooSynced) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public Response updateOrder(String orderId, OrderUpdateRequest orderUpdateRequest) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
