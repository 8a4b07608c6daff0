package com.marqasouq.kit.sandbox.domain.orders;

/** A line of an order, with the product facts as they were when the order was placed. */
public final class LineItem {
    public String id;
    public String title;
    public String productId;
    public String productTitle;
    public String variantId;
    public String variantTitle;
    public String sku;
    public String barcode;
    public int weight;
    public int quantity;
    public long unitPrice;
    public int fulfilledQuantity;

    public long subtotal() {
        return unitPrice * quantity;
    }

    public int unfulfilled() {
        return quantity - fulfilledQuantity;
    }
}
