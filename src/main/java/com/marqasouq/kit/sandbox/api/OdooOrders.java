package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.model.OdooOrder;
import com.marqasouq.kit.generated.model.OdooOrderListResponse;
import com.marqasouq.kit.generated.model.OdooOrderResponse;
import com.marqasouq.kit.generated.model.OdooOrderUpdateRequest;
import com.marqasouq.kit.generated.model.OrderStatus;
import com.marqasouq.kit.generated.model.Pagination;
import com.marqasouq.kit.sandbox.domain.Page;
import com.marqasouq.kit.sandbox.domain.PageRequest;
import com.marqasouq.kit.sandbox.domain.orders.OdooSync;
import com.marqasouq.kit.sandbox.domain.orders.OrderQuery;
import com.marqasouq.kit.sandbox.domain.orders.OrderService;
import com.marqasouq.kit.sandbox.domain.state.Store;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** GET /odoo/orders, GET and PATCH /odoo/orders/{id} (sections 8.1–8.3). */
final class OdooOrders {
    private static final int DEFAULT_LIMIT = 50;

    private final OrderService orders;

    OdooOrders(Store store) {
        this.orders = new OrderService(store);
    }

    Response list(
            List<OrderStatus> status, OffsetDateTime dateFrom, OffsetDateTime dateTo, Integer limit, Integer offset) {
        // D5: the comma-separated statuses arrive already split (CommaSeparatedStatus).
        Set<com.marqasouq.kit.sandbox.domain.orders.OrderStatus> statuses = status == null
                ? Set.of()
                : status.stream().map(OrderParts::domainStatus).collect(Collectors.toSet());
        OrderQuery query = new OrderQuery(
                statuses,
                Times.instant(dateFrom),
                Times.instant(dateTo),
                null,
                PageRequest.of(limit, offset, DEFAULT_LIMIT));
        Page<OdooOrder> page = orders.list(query, OdooOrderViews::listItem);
        Pagination pagination = new Pagination(page.total(), page.limit(), page.offset(), page.hasMore());
        return Response.ok(new OdooOrderListResponse(page.items(), pagination)).build();
    }

    Response get(String orderId) {
        return Response.ok(new OdooOrderResponse(orders.get(orderId, OdooOrderViews::detail)))
                .build();
    }

    Response update(String orderId, OdooOrderUpdateRequest request) {
        OdooSync sync = new OdooSync(
                request.getStatus() == null ? null : request.getStatus().toString(),
                request.getOdooOrderId(),
                request.getOdooStatus(),
                request.getMetadata());
        return Response.ok(new OdooOrderResponse(orders.syncFromOdoo(orderId, sync, OdooOrderViews::detail)))
                .build();
    }
}
