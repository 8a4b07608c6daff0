package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.model.CanceledOrder;
import com.marqasouq.kit.generated.model.OrderDetail;
import com.marqasouq.kit.generated.model.OrderDetailItem;
import com.marqasouq.kit.generated.model.OrderLineItem;
import com.marqasouq.kit.generated.model.ProductRef;
import com.marqasouq.kit.generated.model.ShippingMethod;
import com.marqasouq.kit.generated.model.ShippingOption;
import com.marqasouq.kit.generated.model.VariantRef;
import com.marqasouq.kit.sandbox.domain.customers.Customer;
import com.marqasouq.kit.sandbox.domain.orders.LineItem;
import com.marqasouq.kit.sandbox.domain.orders.Order;

/** Orders in the shapes of the admin routes (section 2). */
final class OrderViews {
    private OrderViews() {}

    /** An order of {@code GET /admin/orders} (section 2.1). */
    static com.marqasouq.kit.generated.model.Order listItem(Order order, Customer customer) {
        return new com.marqasouq.kit.generated.model.Order()
                .id(order.id)
                .displayId(order.displayId)
                .status(OrderParts.status(order))
                .fulfillmentStatus(order.fulfillmentStatus.value())
                .paymentStatus(order.paymentStatus.value())
                .customerId(order.customerId)
                .email(order.email)
                .currencyCode(order.currencyCode)
                .items(order.items.stream().map(OrderViews::lineItem).toList())
                .shippingAddress(SpecAddress.of(order.shippingAddress))
                .billingAddress(SpecAddress.of(order.billingAddress))
                .subtotal(order.subtotal())
                .taxTotal(order.taxTotal)
                .shippingTotal(order.shippingTotal())
                .discountTotal(order.discountTotal)
                .total(order.total())
                .createdAt(Times.at(order.createdAt))
                .updatedAt(Times.at(order.updatedAt))
                .canceledAt(Times.at(order.canceledAt))
                .metadata(OrderParts.metadata(order.metadata));
    }

    /** One order with its details (section 2.2), as get, update and fulfill return it. */
    static OrderDetail detail(Order order, Customer customer) {
        return new OrderDetail()
                .id(order.id)
                .displayId(order.displayId)
                .status(OrderParts.status(order))
                .fulfillmentStatus(order.fulfillmentStatus.value())
                .paymentStatus(order.paymentStatus.value())
                .email(order.email)
                .currencyCode(order.currencyCode)
                .customer(OrderParts.customer(order, customer))
                .items(order.items.stream().map(OrderViews::detailItem).toList())
                .shippingAddress(SpecAddress.of(order.shippingAddress))
                .billingAddress(SpecAddress.of(order.billingAddress))
                .shippingMethods(order.shippingMethods.stream()
                        .map(m -> new ShippingMethod(m.id, new ShippingOption(m.name), m.price))
                        .toList())
                .payments(OrderParts.payments(order))
                .fulfillments(OrderParts.fulfillments(order))
                .subtotal(order.subtotal())
                .taxTotal(order.taxTotal)
                .shippingTotal(order.shippingTotal())
                .discountTotal(order.discountTotal)
                .total(order.total())
                .createdAt(Times.at(order.createdAt))
                .updatedAt(Times.at(order.updatedAt))
                .canceledAt(Times.at(order.canceledAt))
                .metadata(OrderParts.metadata(order.metadata));
    }

    /** The short answer of the cancel route (section 2.5). */
    static CanceledOrder canceled(Order order, Customer customer) {
        return new CanceledOrder(order.id, CanceledOrder.StatusEnum.CANCELED, Times.at(order.canceledAt));
    }

    private static OrderLineItem lineItem(LineItem item) {
        return new OrderLineItem(
                item.id, item.title, item.variantId, item.sku, item.quantity, item.unitPrice, item.subtotal());
    }

    private static OrderDetailItem detailItem(LineItem item) {
        VariantRef variant =
                new VariantRef(item.variantId, item.sku, new ProductRef(item.productId, item.productTitle));
        return new OrderDetailItem(item.id, item.title, variant, item.quantity, item.unitPrice, item.subtotal())
                .fulfilledQuantity(item.fulfilledQuantity);
    }
}
