package com.marqasouq.kit.sandbox.domain.products;

import java.util.List;
import java.util.Map;

/**
 * A product to create (section 5.3). {@code handle} and {@code status} may be null: the handle
 * then defaults to the slug of the title (D17), the status to {@code published}.
 */
public record NewProduct(
        String title,
        String handle,
        String status,
        List<String> options,
        List<NewVariant> variants,
        Map<String, Object> metadata) {

    public NewProduct {
        options = options == null ? List.of() : List.copyOf(options);
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /**
     * A variant to create. {@code manageInventory} null means true; {@code inventoryQuantity}
     * null means "no stock given".
     */
    public record NewVariant(
            String title,
            String sku,
            String barcode,
            List<Price> prices,
            Boolean manageInventory,
            Integer inventoryQuantity) {

        public NewVariant {
            prices = prices == null ? List.of() : List.copyOf(prices);
        }

        boolean managed() {
            return manageInventory == null || manageInventory;
        }
    }
}
