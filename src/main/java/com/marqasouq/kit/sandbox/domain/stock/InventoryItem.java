package com.marqasouq.kit.sandbox.domain.stock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The stock of one SKU, kept per location (D11). */
public final class InventoryItem {
    public String id;
    public String sku;
    public String title;
    public boolean requiresShipping = true;
    public List<InventoryLevel> levels = new ArrayList<>();
    public Instant createdAt;

    public InventoryLevel level(String locationId) {
        return levels.stream()
                .filter(l -> l.locationId.equals(locationId))
                .findFirst()
                .orElse(null);
    }

    public int stocked() {
        return levels.stream().mapToInt(l -> l.stockedQuantity).sum();
    }

    public int reserved() {
        return levels.stream().mapToInt(l -> l.reservedQuantity).sum();
    }

    public int available() {
        return levels.stream().mapToInt(InventoryLevel::available).sum();
    }
}
