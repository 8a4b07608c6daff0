package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.model.Price;
import com.marqasouq.kit.generated.model.PriceInput;
import com.marqasouq.kit.generated.model.Product;
import com.marqasouq.kit.generated.model.ProductVariant;
import com.marqasouq.kit.sandbox.domain.products.Variant;
import com.marqasouq.kit.sandbox.domain.products.VariantStock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/** Products in the shape of section 5.1: prices upper case (D1), barcode null when none (D24). */
final class ProductViews {
    private ProductViews() {}

    static Product product(com.marqasouq.kit.sandbox.domain.products.Product p, VariantStock stock) {
        List<ProductVariant> variants =
                p.variants.stream().map(v -> variant(v, stock)).toList();
        return new Product(p.id, p.title, p.handle, p.status.value(), variants, new LinkedHashMap<>(p.metadata));
    }

    private static ProductVariant variant(Variant v, VariantStock stock) {
        List<Price> prices = v.prices.stream()
                .map(p -> new Price(p.currencyCode.toUpperCase(Locale.ROOT), p.amount))
                .toList();
        return new ProductVariant(v.id, v.title, v.sku, v.barcode, prices, stock.available(v), v.manageInventory);
    }

    /** Request prices to domain prices; the domain checks and upper-cases the codes. */
    static List<com.marqasouq.kit.sandbox.domain.products.Price> prices(List<PriceInput> prices) {
        return prices.stream()
                .map(p -> new com.marqasouq.kit.sandbox.domain.products.Price(
                        p.getCurrencyCode(), p.getAmount() == null ? 0 : p.getAmount()))
                .toList();
    }
}
