package com.marqasouq.kit.sandbox.domain.products;

import java.util.ArrayList;
import java.util.List;

/** A sellable variant; its stock lives in the inventory item of the same SKU. */
public final class Variant {
    public String id;
    public String title;
    public String sku;
    public String barcode;
    public int weight;
    public boolean manageInventory = true;
    public List<Price> prices = new ArrayList<>();

    public Long price(String currencyCode) {
        return prices.stream()
                .filter(p -> p.currencyCode.equalsIgnoreCase(currencyCode))
                .map(p -> p.amount)
                .findFirst()
                .orElse(null);
    }
}
