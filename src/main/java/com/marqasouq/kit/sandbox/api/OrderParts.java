package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.model.CustomerRef;
import com.marqasouq.kit.generated.model.Fulfillment;
import com.marqasouq.kit.generated.model.FulfillmentItem;
import com.marqasouq.kit.generated.model.OrderStatus;
import com.marqasouq.kit.generated.model.Payment;
import com.marqasouq.kit.sandbox.domain.ClosedVocabulary;
import com.marqasouq.kit.sandbox.domain.customers.Customer;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The pieces that the admin (section 2) and the Odoo (section 8) order shapes share. */
final class OrderParts {
    private OrderParts() {}

    static OrderStatus status(Order order) {
        return OrderStatus.fromValue(order.status.value());
    }

    /** The status a list asks for, in the domain's words; the generated enum holds only the contract's. */
    static com.marqasouq.kit.sandbox.domain.orders.OrderStatus domainStatus(OrderStatus status) {
        return ClosedVocabulary.of(com.marqasouq.kit.sandbox.domain.orders.OrderStatus.class, status.toString())
                .orElseThrow();
    }

    /**
     * The order's customer as sections 2.2 and 8.1 show it. A field the customer record lacks
     * (or a customer the sandbox does not know) is taken from the order: its e-mail, then the
     * names and phone of its shipping or billing address.
     */
    static CustomerRef customer(Order order, Customer customer) {
        com.marqasouq.kit.sandbox.domain.Address address =
                order.shippingAddress != null ? order.shippingAddress : order.billingAddress;
        boolean known = customer != null;
        boolean hasAddress = address != null;
        return new CustomerRef(
                known ? customer.id : order.customerId,
                first(known ? customer.email : null, order.email),
                first(known ? customer.firstName : null, hasAddress ? address.firstName : null),
                first(known ? customer.lastName : null, hasAddress ? address.lastName : null),
                first(known ? customer.phone : null, hasAddress ? address.phone : null));
    }

    static List<Payment> payments(Order order) {
        return order.payments.stream()
                .map(p -> new Payment(p.id, p.amount, p.providerId, p.status.value()))
                .toList();
    }

    static List<Fulfillment> fulfillments(Order order) {
        return order.fulfillments.stream()
                .map(f -> new Fulfillment(
                        f.id,
                        f.items.stream()
                                .map(i -> new FulfillmentItem(i.itemId, i.quantity))
                                .toList(),
                        metadata(f.metadata),
                        Times.at(f.createdAt)))
                .toList();
    }

    /** A copy: the response is written after the store's lock is released. */
    static Map<String, Object> metadata(Map<String, Object> metadata) {
        return metadata == null ? new LinkedHashMap<>() : new LinkedHashMap<>(metadata);
    }

    private static String first(String... values) {
        return Stream.of(values)
                .filter(v -> v != null && !v.isBlank())
                .findFirst()
                .orElse("");
    }
}
