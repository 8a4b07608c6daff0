package com.marqasouq.kit.sandbox.domain.orders;

import com.marqasouq.kit.sandbox.domain.Address;
import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.Ids;
import com.marqasouq.kit.sandbox.domain.customers.Customer;
import com.marqasouq.kit.sandbox.domain.products.Product;
import com.marqasouq.kit.sandbox.domain.products.Variant;
import com.marqasouq.kit.sandbox.domain.state.State;
import com.marqasouq.kit.sandbox.domain.state.Store;
import com.marqasouq.kit.sandbox.domain.state.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Places an order as the storefront's checkout would (D21): an existing customer buys variants by
 * SKU at their KWD price, with "Standard Delivery" and a captured manual payment of the total.
 * The order is pending, unfulfilled and not yet synced; stock is neither checked nor reserved,
 * since Odoo reduces it with reduce-stock. Emits order.placed (D20).
 */
public final class Checkout {
    public static final long DEFAULT_SHIPPING_PRICE = 1000;
    static final String CURRENCY = "KWD";
    static final String SHIPPING_NAME = "Standard Delivery";

    /** One line of the cart. */
    public record Line(String sku, int quantity) {}

    /** The cart; a null email or shipping address falls back to the customer's. */
    public record Request(
            String customerId,
            String email,
            List<Line> lines,
            Address shippingAddress,
            long shippingPrice,
            Map<String, Object> metadata) {}

    private final Store store;
    private final Ids ids;

    public Checkout(Store store) {
        this(store, Ids.secure());
    }

    Checkout(Store store, Ids ids) {
        this.store = store;
        this.ids = ids;
    }

    /** Places the order and returns {@code view} of it, built under the lock. */
    public <T> T place(Request request, Function<Order, T> view) {
        return store.write(tx -> {
            Order order = build(tx, request); // checks everything, changes nothing
            order.displayId = tx.state().nextDisplayId();
            tx.state().addOrder(order);
            OrderEvents.emit(tx, OrderEvents.PLACED, order);
            return view.apply(order);
        });
    }

    private Order build(Transaction tx, Request request) {
        State state = tx.state();
        Instant now = tx.now();
        Customer customer = state.customer(request.customerId());
        if (customer == null) {
            throw new DomainException(
                    DomainException.Kind.NOT_FOUND,
                    "NOT_FOUND",
                    "customer_id: customer " + request.customerId() + " was not found");
        }
        Order order = new Order();
        order.id = ids.next("order_", now);
        order.customerId = customer.id;
        order.email = request.email() != null ? request.email() : customer.email;
        order.currencyCode = CURRENCY;
        order.createdAt = now;
        order.updatedAt = now;
        order.items = lines(state, request.lines(), now);
        order.shippingAddress = shippingAddress(customer, request.shippingAddress());
        order.billingAddress = order.shippingAddress.copy();
        ShippingMethod shipping = new ShippingMethod();
        shipping.id = ids.next("sm_", now);
        shipping.name = SHIPPING_NAME;
        shipping.price = request.shippingPrice();
        order.shippingMethods.add(shipping);
        Payment payment = new Payment();
        payment.id = ids.next("pay_", now);
        payment.amount = order.total();
        payment.providerId = "manual";
        payment.status = PaymentStatus.CAPTURED;
        order.payments.add(payment);
        order.metadata.put("odoo_synced", false);
        if (request.metadata() != null) {
            order.metadata.putAll(request.metadata());
        }
        return order;
    }

    private List<LineItem> lines(State state, List<Line> lines, Instant now) {
        List<LineItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Product product = state.productBySku(line.sku());
            Variant variant = state.variantBySku(line.sku());
            if (product == null || variant == null) {
                throw new DomainException(
                        DomainException.Kind.NOT_FOUND,
                        "NOT_FOUND",
                        "items[" + i + "].sku: no product variant has the SKU " + line.sku());
            }
            Long price = variant.price(CURRENCY);
            if (price == null) {
                throw DomainException.invalid("items[" + i + "].sku: variant " + variant.id + " (" + line.sku()
                        + ") has no " + CURRENCY + " price");
            }
            items.add(LineItem.of(ids.next("item_", now), product, variant, line.quantity(), price));
        }
        return items;
    }

    private static Address shippingAddress(Customer customer, Address given) {
        if (given != null) {
            return given.copy();
        }
        if (customer.shippingAddresses.isEmpty()) {
            throw DomainException.invalid(
                    "shipping_address: is required, since customer " + customer.id + " has no shipping address");
        }
        Address address = customer.shippingAddresses.get(0).copy();
        address.id = null; // an order's address is a copy, not the customer's address book entry
        return address;
    }
}
