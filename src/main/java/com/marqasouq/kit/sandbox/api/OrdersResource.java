package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.api.OrdersApi;
import com.marqasouq.kit.generated.model.CancelOrderResponse;
import com.marqasouq.kit.generated.model.FulfillmentCreateRequest;
import com.marqasouq.kit.generated.model.Order;
import com.marqasouq.kit.generated.model.OrderListResponse;
import com.marqasouq.kit.generated.model.OrderResponse;
import com.marqasouq.kit.generated.model.OrderStatus;
import com.marqasouq.kit.generated.model.OrderUpdateRequest;
import com.marqasouq.kit.sandbox.domain.Page;
import com.marqasouq.kit.sandbox.domain.PageRequest;
import com.marqasouq.kit.sandbox.domain.orders.FulfillmentLine;
import com.marqasouq.kit.sandbox.domain.orders.OrderChanges;
import com.marqasouq.kit.sandbox.domain.orders.OrderQuery;
import com.marqasouq.kit.sandbox.domain.orders.OrderService;
import com.marqasouq.kit.sandbox.domain.state.Store;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** The admin orders routes (section 2); the rules live in {@link OrderService}. */
@Singleton
public final class OrdersResource implements OrdersApi {
    private static final int DEFAULT_LIMIT = 50;

    private final OrderService orders;

    @Inject
    public OrdersResource(Store store) {
        this.orders = new OrderService(store);
    }

    @Override
    public Response listOrders(
            Integer limit,
            Integer offset,
            OrderStatus status,
            OffsetDateTime createdAtGte,
            OffsetDateTime createdAtLte,
            Boolean metadataOdooSynced) {
        OrderQuery query = new OrderQuery(
                status == null ? Set.of() : Set.of(OrderParts.domainStatus(status)),
                Times.instant(createdAtGte),
                Times.instant(createdAtLte),
                metadataOdooSynced,
                PageRequest.of(limit, offset, DEFAULT_LIMIT));
        Page<Order> page = orders.list(query, OrderViews::listItem);
        return Response.ok(new OrderListResponse(page.items(), page.total(), page.offset(), page.limit()))
                .build();
    }

    @Override
    public Response getOrder(String orderId) {
        return Response.ok(new OrderResponse(orders.get(orderId, OrderViews::detail)))
                .build();
    }

    @Override
    public Response updateOrder(String orderId, OrderUpdateRequest request) {
        OrderChanges changes = new OrderChanges(request.getEmail(), request.getMetadata());
        return Response.ok(new OrderResponse(orders.update(orderId, changes, OrderViews::detail)))
                .build();
    }

    @Override
    public Response createFulfillment(String orderId, FulfillmentCreateRequest request) {
        List<FulfillmentLine> lines = request.getItems().stream()
                .map(i -> new FulfillmentLine(i.getItemId(), i.getQuantity() == null ? 0 : i.getQuantity()))
                .toList();
        return Response.ok(new OrderResponse(orders.fulfill(orderId, lines, request.getMetadata(), OrderViews::detail)))
                .build();
    }

    @Override
    public Response cancelOrder(String orderId) {
        return Response.ok(new CancelOrderResponse(orders.cancel(orderId, OrderViews::canceled)))
                .build();
    }
}
