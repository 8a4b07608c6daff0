package com.marqasouq.kit.sandbox.domain.orders;

import com.marqasouq.kit.sandbox.domain.Address;
import com.marqasouq.kit.sandbox.domain.DomainEvent;
import java.util.List;

/** An order event of D20 (placed, updated, canceled, completed) with the order as it was then. */
public record OrderEvent(
        String name,
        String id,
        int displayId,
        OrderStatus status,
        String email,
        List<Line> items,
        Address shippingAddress,
        long total,
        String currencyCode)
        implements DomainEvent {

    /** One line of the order: what was bought, how many, at which unit price. */
    public record Line(String sku, int quantity, long unitPrice) {}

    /** The address the order ships to: its shipping address, else its billing address. */
    private static Address shipsTo(Order order) {
        Address address = order.shippingAddress != null ? order.shippingAddress : order.billingAddress;
        return address == null ? null : address.copy();
    }

    static OrderEvent of(String name, Order order) {
        return new OrderEvent(
                name,
                order.id,
                order.displayId,
                order.status,
                order.email,
                order.items.stream()
                        .map(item -> new Line(item.sku, item.quantity, item.unitPrice))
                        .toList(),
                shipsTo(order),
                order.total(),
                order.currencyCode);
    }
}
