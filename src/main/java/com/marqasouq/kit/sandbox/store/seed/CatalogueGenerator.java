package com.marqasouq.kit.sandbox.store.seed;

import com.marqasouq.kit.sandbox.domain.Slugs;
import com.marqasouq.kit.sandbox.domain.products.Price;
import com.marqasouq.kit.sandbox.domain.products.Product;
import com.marqasouq.kit.sandbox.domain.products.ProductStatus;
import com.marqasouq.kit.sandbox.domain.products.Variant;
import com.marqasouq.kit.sandbox.domain.state.State;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.InventoryLevel;
import com.marqasouq.kit.sandbox.domain.stock.StockLocation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Products with one "Default" variant each, and their inventory items at the main warehouse. */
final class CatalogueGenerator {
    private static final Instant FIRST = Instant.parse("2025-06-01T08:00:00.000Z");
    private static final Instant LAST = Instant.parse("2025-11-30T20:00:00.000Z");

    private final SeedContext seed;

    CatalogueGenerator(SeedContext seed) {
        this.seed = seed;
    }

    /** Adds {@code count} products and returns their variants, for orders to choose from. */
    List<Variant> addProducts(State state, int count) {
        List<Variant> variants = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            Vocabulary.Item item = Vocabulary.ITEMS.get(n % Vocabulary.ITEMS.size());
            String brand = Vocabulary.pick(seed.random, Vocabulary.BRANDS);
            String color = Vocabulary.pick(seed.random, Vocabulary.COLORS);
            Instant createdAt = seed.between(FIRST, LAST);
            String sku = "MS-" + item.code() + "-" + zeroPadded(n, 5);

            Product product = new Product();
            product.id = seed.id("prod_", createdAt);
            product.title = brand + " " + item.name() + " - " + color;
            product.handle = Slugs.slug(product.title) + "-" + n;
            product.status = seed.random.nextInt(20) == 0 ? ProductStatus.DRAFT : ProductStatus.PUBLISHED;
            product.options.add("Default");
            product.createdAt = createdAt;
            product.updatedAt = createdAt;
            if (seed.random.nextInt(10) < 7) {
                String odooId = String.valueOf(72000 + n);
                product.metadata.put("odoo_product_id", odooId);
                product.metadata.put("odoo_product_tmpl_id", odooId);
            }
            Variant variant = new Variant();
            variant.id = seed.id("variant_", createdAt);
            variant.title = "Default";
            variant.sku = sku;
            variant.barcode = seed.random.nextInt(10) < 6 ? ean13(seed) : null;
            variant.weight = Vocabulary.between(seed.random, item.minWeight(), item.maxWeight());
            long price = Vocabulary.between(seed.random, item.minPrice(), item.maxPrice());
            variant.prices.add(new Price("KWD", price - price % 250));
            product.variants.add(variant);
            state.addProduct(product);
            state.addInventoryItem(inventoryItem(product, variant));
            variants.add(variant);
        }
        return variants;
    }

    private InventoryItem inventoryItem(Product product, Variant variant) {
        InventoryItem item = new InventoryItem();
        item.id = seed.id("iitem_", product.createdAt);
        item.sku = variant.sku;
        item.title = product.title;
        item.createdAt = product.createdAt;
        InventoryLevel level = new InventoryLevel();
        level.id = seed.id("iloc_", product.createdAt);
        level.locationId = StockLocation.DEFAULT_ID;
        // Roughly one item in twelve is low on stock (D5's low_stock filter has something to find).
        level.stockedQuantity =
                seed.random.nextInt(12) == 0 ? seed.random.nextInt(10) : Vocabulary.between(seed.random, 10, 400);
        item.levels.add(level);
        return item;
    }

    private static String ean13(SeedContext seed) {
        StringBuilder digits = new StringBuilder("628");
        while (digits.length() < 12) {
            digits.append(seed.random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }

    /** String.format's %05d without its locale machinery, which costs a start tens of milliseconds. */
    static String zeroPadded(int n, int width) {
        String digits = Integer.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
