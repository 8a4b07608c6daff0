package com.marqasouq.kit.sandbox.domain.orders;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.Address;
import com.marqasouq.kit.sandbox.domain.state.Store;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Orders made for one test and written straight into the store, so that tests do not depend on
 * the generated default data. Each order looks like the seed order: customer cus_01XYZ, one
 * shipping method, one captured payment, pending, not synced. Tests create them in 2027, after
 * every default order, and list them with {@link #SINCE} so that the default data stays out.
 */
public final class TestOrders {
    /** Lower date bound that keeps the default data out of a list. */
    public static final String SINCE = "2027-01-01T00:00:00.000Z";
    /** The instant the seed order order_01ABC123 was created (D22). */
    public static final String SEED_CREATED = "2026-01-30T10:30:00.000Z";

    private TestOrders() {}

    /** A pending order created at {@code createdAt} with one unit of LG-CPFL1625 as {@code <id>_item}. */
    public static Order order(String id, String createdAt) {
        Order order = new Order();
        order.id = id;
        order.customerId = "cus_01XYZ";
        order.email = "customer@example.com";
        order.createdAt = Instant.parse(createdAt);
        order.updatedAt = order.createdAt;
        order.shippingAddress = address();
        order.billingAddress = address();
        order.items.add(item("item_" + id.substring("order_".length()), "LG-CPFL1625", 1, 150000));
        ShippingMethod shipping = new ShippingMethod();
        shipping.id = "sm_" + id.substring("order_".length());
        shipping.name = "Standard Delivery";
        shipping.price = 1000;
        order.shippingMethods.add(shipping);
        Payment payment = new Payment();
        payment.id = "pay_" + id.substring("order_".length());
        payment.amount = order.total();
        payment.providerId = "manual";
        payment.status = PaymentStatus.CAPTURED;
        order.payments.add(payment);
        order.metadata.put("odoo_synced", false);
        return order;
    }

    public static Order order(String id, String createdAt, Consumer<Order> change) {
        Order order = order(id, createdAt);
        change.accept(order);
        return order;
    }

    public static LineItem item(String id, String sku, int quantity, long unitPrice) {
        LineItem item = new LineItem();
        item.id = id;
        item.title = "Test item " + sku;
        item.productId = "prod_01KEVBHW78T3MQXDHP9ZVVSRCF";
        item.productTitle = "Liberty Guard Intelligent Film Cutting Plotter 16-inch-Orange";
        item.variantId = "variant_01KEVBHW79ZAPYP5J6ZFM67RST";
        item.variantTitle = "Default";
        item.sku = sku;
        item.weight = 4500;
        item.quantity = quantity;
        item.unitPrice = unitPrice;
        return item;
    }

    /** Adds the orders to the running sandbox. */
    public static void add(Order... orders) {
        addTo(RunningSandbox.sandbox().store(), orders);
    }

    public static void addTo(Store store, Order... orders) {
        store.write(tx -> {
            for (Order order : orders) {
                if (order.displayId == 0) {
                    order.displayId = tx.state().nextDisplayId();
                }
                tx.state().addOrder(order);
            }
            return null;
        });
    }

    /** The stored order, read under the store's lock (a test looks at it, never changes it). */
    public static Order stored(String id) {
        return RunningSandbox.sandbox().store().read(state -> state.order(id));
    }

    private static Address address() {
        Address address = new Address();
        address.firstName = "Fatima";
        address.lastName = "Al-Sabah";
        address.address1 = "Block 3, Street 7, House 12";
        address.city = "Salmiya";
        address.countryCode = "kw";
        address.phone = "+965-99887766";
        return address;
    }
}
