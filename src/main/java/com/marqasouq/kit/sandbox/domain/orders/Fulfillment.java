package com.marqasouq.kit.sandbox.domain.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** A shipment of some line items, with its tracking metadata (D9). */
public final class Fulfillment {
    public String id;
    public List<FulfilledItem> items = new ArrayList<>();
    public LinkedHashMap<String, Object> metadata = new LinkedHashMap<>();
    public Instant createdAt;

    /** How much of one line item a fulfillment ships. */
    public static final class FulfilledItem {
        public String itemId;
        public int quantity;

        public FulfilledItem() {}

        public FulfilledItem(String itemId, int quantity) {
            this.itemId = itemId;
            this.quantity = quantity;
        }
    }
}
