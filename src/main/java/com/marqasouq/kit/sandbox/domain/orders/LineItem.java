package com.marqasouq.kit.sandbox.domain.orders;

import com.marqasouq.kit.sandbox.domain.products.Product;
import com.marqasouq.kit.sandbox.domain.products.Variant;

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

    /** A line for {@code quantity} of a variant, with the product facts copied as they are now. */
    public static LineItem of(String id, Product product, Variant variant, int quantity, long unitPrice) {
        LineItem item = new LineItem();
        item.id = id;
        item.title = product.title;
        item.productId = product.id;
        item.productTitle = product.title;
        item.variantId = variant.id;
        item.variantTitle = variant.title;
        item.sku = variant.sku;
        item.barcode = variant.barcode;
        item.weight = variant.weight;
        item.quantity = quantity;
        item.unitPrice = unitPrice;
        return item;
    }

    public long subtotal() {
        return unitPrice * quantity;
    }

    public int unfulfilled() {
        return quantity - fulfilledQuantity;
    }
}
