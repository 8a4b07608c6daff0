package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.model.OdooOrder;
import com.marqasouq.kit.generated.model.OdooOrderDetail;
import com.marqasouq.kit.generated.model.OdooOrderDetailItem;
import com.marqasouq.kit.generated.model.OdooOrderItem;
import com.marqasouq.kit.sandbox.domain.customers.Customer;
import com.marqasouq.kit.sandbox.domain.orders.LineItem;
import com.marqasouq.kit.sandbox.domain.orders.Order;

/** Orders in the shapes of the dedicated Odoo routes (sections 8.1–8.3, D8). */
final class OdooOrderViews {
    private OdooOrderViews() {}

    /** An order of {@code GET /odoo/orders} (section 8.1). */
    static OdooOrder listItem(Order order, Customer customer) {
        return new OdooOrder()
                .id(order.id)
                .displayId(order.displayId)
                .status(OrderParts.status(order))
                .email(order.email)
                .currencyCode(order.currencyCode)
                .createdAt(Times.at(order.createdAt))
                .customer(OrderParts.customer(order, customer))
                .shippingAddress(SpecAddress.of(order.shippingAddress))
                .items(order.items.stream().map(OdooOrderViews::listItem).toList())
                .total(order.total())
                .metadata(OrderParts.metadata(order.metadata));
    }

    /**
     * One order for Odoo (section 8.2, D8): the list item plus billing address, line items with
     * barcode and weight, payments, fulfillments, statuses and totals. An order without a
     * billing address bills to its shipping address.
     */
    static OdooOrderDetail detail(Order order, Customer customer) {
        return new OdooOrderDetail()
                .id(order.id)
                .displayId(order.displayId)
                .status(OrderParts.status(order))
                .fulfillmentStatus(order.fulfillmentStatus.value())
                .paymentStatus(order.paymentStatus.value())
                .email(order.email)
                .currencyCode(order.currencyCode)
                .createdAt(Times.at(order.createdAt))
                .updatedAt(Times.at(order.updatedAt))
                .canceledAt(Times.at(order.canceledAt))
                .customer(OrderParts.customer(order, customer))
                .shippingAddress(SpecAddress.of(order.shippingAddress))
                .billingAddress(
                        SpecAddress.of(order.billingAddress != null ? order.billingAddress : order.shippingAddress))
                .items(order.items.stream().map(OdooOrderViews::detailItem).toList())
                .payments(OrderParts.payments(order))
                .fulfillments(OrderParts.fulfillments(order))
                .subtotal(order.subtotal())
                .taxTotal(order.taxTotal)
                .shippingTotal(order.shippingTotal())
                .discountTotal(order.discountTotal)
                .total(order.total())
                .metadata(OrderParts.metadata(order.metadata));
    }

    private static OdooOrderItem listItem(LineItem item) {
        return new OdooOrderItem(
                item.id, item.title, item.quantity, item.unitPrice, item.sku, orEmpty(item.variantTitle));
    }

    private static OdooOrderDetailItem detailItem(LineItem item) {
        // D24: barcode is sent as null when the variant has none.
        return new OdooOrderDetailItem(
                item.id,
                item.title,
                item.quantity,
                item.unitPrice,
                item.sku,
                orEmpty(item.variantTitle),
                item.barcode,
                item.weight);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
