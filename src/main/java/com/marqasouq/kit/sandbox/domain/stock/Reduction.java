package com.marqasouq.kit.sandbox.domain.stock;

import java.time.Instant;

/** A stock reduction already applied, so that a retry is not applied twice (D14). */
public final class Reduction {
    public String orderId;
    public String sku;
    public String reason;
    public int quantity;
    public Instant at;

    public Reduction() {}

    public Reduction(String orderId, String sku, String reason, int quantity, Instant at) {
        this.orderId = orderId;
        this.sku = sku;
        this.reason = reason;
        this.quantity = quantity;
        this.at = at;
    }

    public String key() {
        return key(orderId, sku, reason);
    }

    public static String key(String orderId, String sku, String reason) {
        return orderId + "\u0000" + sku + "\u0000" + reason;
    }
}
