package com.marqasouq.kit.sandbox.store.seed;

import com.marqasouq.kit.sandbox.domain.Address;
import com.marqasouq.kit.sandbox.domain.customers.Customer;
import com.marqasouq.kit.sandbox.domain.orders.Fulfillment;
import com.marqasouq.kit.sandbox.domain.orders.FulfillmentStatus;
import com.marqasouq.kit.sandbox.domain.orders.LineItem;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.orders.OrderStatus;
import com.marqasouq.kit.sandbox.domain.orders.Payment;
import com.marqasouq.kit.sandbox.domain.orders.PaymentStatus;
import com.marqasouq.kit.sandbox.domain.orders.ShippingMethod;
import com.marqasouq.kit.sandbox.domain.products.Product;
import com.marqasouq.kit.sandbox.domain.products.Variant;
import com.marqasouq.kit.sandbox.domain.state.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders placed before and after the document's order #1001 (2026-01-30T10:30), numbered in
 * the order they were placed, so that display ids grow with time as in a real shop.
 */
final class OrderGenerator {
    static final Instant CANONICAL_ORDER_AT = Instant.parse("2026-01-30T10:30:00.000Z");
    private static final Instant FIRST = Instant.parse("2025-12-01T09:00:00.000Z");
    private static final Instant LAST = Instant.parse("2026-01-31T21:00:00.000Z");

    private final SeedContext seed;

    OrderGenerator(SeedContext seed) {
        this.seed = seed;
    }

    void addOrders(State state, int count, List<Customer> customers, List<Variant> variants, Customer regular) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(seed.between(FIRST, LAST));
        }
        times.sort(Comparator.naturalOrder());
        long before = times.stream().filter(t -> t.isBefore(CANONICAL_ORDER_AT)).count();
        int displayId = 1001 - (int) before;
        int regularOrders = 0;
        for (Instant at : times) {
            if (displayId == 1001) {
                displayId++; // #1001 is the document's order
            }
            Customer customer = at.isAfter(regular.createdAt) && regularOrders < 4 && seed.random.nextInt(6) == 0
                    ? regular
                    : customerBefore(customers, at);
            if (customer == regular) {
                regularOrders++;
            }
            boolean recent = !at.isBefore(CANONICAL_ORDER_AT);
            state.addOrder(order(state, displayId++, at, customer, variants, recent));
        }
    }

    private Customer customerBefore(List<Customer> customers, Instant at) {
        while (true) {
            Customer candidate = Vocabulary.pick(seed.random, customers);
            if (candidate.createdAt.isBefore(at)) {
                return candidate;
            }
        }
    }

    private Order order(
            State state, int displayId, Instant at, Customer customer, List<Variant> variants, boolean recent) {
        Order order = new Order();
        order.id = seed.id("order_", at);
        order.displayId = displayId;
        order.customerId = customer.id;
        order.email = customer.email;
        order.createdAt = at;
        order.updatedAt = at;
        Address address = customer.shippingAddresses.get(0).copy();
        address.id = null;
        order.shippingAddress = address;
        order.billingAddress = address.copy();
        for (Variant variant : distinctVariants(variants, Vocabulary.between(seed.random, 1, 3))) {
            order.items.add(line(state, variant, at));
        }
        ShippingMethod shipping = new ShippingMethod();
        shipping.id = seed.id("sm_", at);
        boolean express = seed.random.nextInt(5) == 0;
        shipping.name = express ? "Express Delivery" : "Standard Delivery";
        shipping.price = express ? 2500 : 1000;
        order.shippingMethods.add(shipping);
        Payment payment = new Payment();
        payment.id = seed.id("pay_", at);
        payment.providerId = seed.random.nextInt(3) == 0 ? "manual" : "knet";
        payment.amount = order.total();
        payment.status = PaymentStatus.CAPTURED;
        order.payments.add(payment);
        settle(order, recent ? 0 : seed.random.nextInt(10), at);
        return order;
    }

    /** 6 in 10 pending, 3 in 10 completed (shipped and synced), 1 in 10 canceled. */
    private void settle(Order order, int roll, Instant at) {
        if (roll >= 9) {
            order.status = OrderStatus.CANCELED;
            order.canceledAt = at.plusSeconds(3600L * Vocabulary.between(seed.random, 1, 48));
            order.updatedAt = order.canceledAt;
            order.paymentStatus = PaymentStatus.REFUNDED;
            order.payments.get(0).status = PaymentStatus.REFUNDED;
            order.metadata.put("odoo_synced", false);
            return;
        }
        if (roll >= 6) {
            order.status = OrderStatus.COMPLETED;
            order.fulfillmentStatus = FulfillmentStatus.FULFILLED;
            Fulfillment fulfillment = new Fulfillment();
            fulfillment.createdAt = at.plusSeconds(3600L * Vocabulary.between(seed.random, 4, 72));
            fulfillment.id = seed.id("ful_", fulfillment.createdAt);
            for (LineItem item : order.items) {
                item.fulfilledQuantity = item.quantity;
                fulfillment.items.add(new Fulfillment.FulfilledItem(item.id, item.quantity));
            }
            fulfillment.metadata.put("tracking_number", "KW" + (100000000 + seed.random.nextInt(900000000)));
            fulfillment.metadata.put("carrier", Vocabulary.pick(seed.random, List.of("DHL", "Aramex", "SMSA")));
            order.fulfillments.add(fulfillment);
            order.updatedAt = fulfillment.createdAt;
            markSynced(order);
            return;
        }
        if (roll >= 4) {
            markSynced(order);
            return;
        }
        order.metadata.put("odoo_synced", false);
        order.metadata.put("odoo_order_id", null);
    }

    private void markSynced(Order order) {
        order.metadata.put("odoo_synced", true);
        order.metadata.put(
                "odoo_order_id",
                "SO/" + (2025 + (order.createdAt.isBefore(Instant.parse("2026-01-01T00:00:00Z")) ? 0 : 1)) + "/"
                        + CatalogueGenerator.zeroPadded(order.displayId, 6));
    }

    private List<Variant> distinctVariants(List<Variant> variants, int count) {
        Set<Variant> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(Vocabulary.pick(seed.random, variants));
        }
        return new ArrayList<>(chosen);
    }

    private LineItem line(State state, Variant variant, Instant at) {
        Product product = state.productBySku(variant.sku);
        return LineItem.of(
                seed.id("item_", at), product, variant, Vocabulary.between(seed.random, 1, 3), variant.price("KWD"));
    }
}
