package com.marqasouq.kit.sandbox.domain.orders;

import com.marqasouq.kit.sandbox.domain.Address;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** An order as the sandbox stores it; totals are derived from its lines and shipping. */
public final class Order {
    public String id;
    public int displayId;
    public OrderStatus status = OrderStatus.PENDING;
    public FulfillmentStatus fulfillmentStatus = FulfillmentStatus.NOT_FULFILLED;
    public PaymentStatus paymentStatus = PaymentStatus.CAPTURED;
    public String customerId;
    public String email;
    public String currencyCode = "KWD";
    public List<LineItem> items = new ArrayList<>();
    public Address shippingAddress;
    public Address billingAddress;
    public List<ShippingMethod> shippingMethods = new ArrayList<>();
    public List<Payment> payments = new ArrayList<>();
    public List<Fulfillment> fulfillments = new ArrayList<>();
    public long taxTotal;
    public long discountTotal;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant canceledAt;
    public LinkedHashMap<String, Object> metadata = new LinkedHashMap<>();

    public long subtotal() {
        return items.stream().mapToLong(LineItem::subtotal).sum();
    }

    public long shippingTotal() {
        return shippingMethods.stream().mapToLong(m -> m.price).sum();
    }

    public long total() {
        return subtotal() + shippingTotal() + taxTotal - discountTotal;
    }

    public LineItem item(String itemId) {
        return items.stream().filter(i -> i.id.equals(itemId)).findFirst().orElse(null);
    }
}
