package com.marqasouq.kit.sandbox.domain.products;

import com.marqasouq.kit.sandbox.domain.ClosedVocabulary;
import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.Ids;
import com.marqasouq.kit.sandbox.domain.Slugs;
import com.marqasouq.kit.sandbox.domain.products.NewProduct.NewVariant;
import com.marqasouq.kit.sandbox.domain.state.State;
import com.marqasouq.kit.sandbox.domain.state.Transaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /admin/products} (section 5.3, D17): checks the whole request first, so a refused
 * request changes nothing, then adds the product and gives its variants their stock.
 */
final class ProductCreation {
    private static final Pattern HANDLE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> STATUSES = Set.of("draft", "proposed", "published", "rejected");

    private final Ids ids;

    ProductCreation(Ids ids) {
        this.ids = ids;
    }

    Product create(Transaction tx, NewProduct request) {
        State state = tx.state();
        String title = required(request.title(), "title");
        String handle = request.handle() == null ? Slugs.slug(title) : checkedHandle(request.handle());
        if (request.status() != null && !STATUSES.contains(request.status())) {
            throw DomainException.invalid("status: must be one of draft, proposed, published, rejected");
        }
        List<List<Price>> prices = checkedVariants(request.variants());
        refuseTakenHandle(state, handle);
        refuseTakenSkus(state, request.variants());

        Product product = new Product();
        product.id = ids.next("prod_", tx.now());
        product.title = title;
        product.handle = handle;
        if (request.status() != null) {
            product.status = ClosedVocabulary.of(ProductStatus.class, request.status())
                    .orElseThrow(() -> DomainException.invalid("status: must be one of "
                            + String.join(", ", ClosedVocabulary.values(ProductStatus.class)) + ", got \""
                            + request.status()
                            + "\""));
        }
        product.options.addAll(request.options());
        if (request.metadata() != null) {
            product.metadata = new LinkedHashMap<>(request.metadata());
        }
        product.createdAt = tx.now();
        product.updatedAt = tx.now();
        for (int i = 0; i < request.variants().size(); i++) {
            product.variants.add(variant(tx, request.variants().get(i), prices.get(i)));
        }
        state.addProduct(product);
        VariantInventory inventory = new VariantInventory(tx, ids);
        for (int i = 0; i < product.variants.size(); i++) {
            inventory.provide(
                    product, product.variants.get(i), request.variants().get(i));
        }
        return product;
    }

    private Variant variant(Transaction tx, NewVariant wanted, List<Price> prices) {
        Variant variant = new Variant();
        variant.id = ids.next("variant_", tx.now());
        variant.title = wanted.title();
        variant.sku = wanted.sku();
        variant.barcode = wanted.barcode();
        variant.manageInventory = wanted.managed();
        variant.prices.addAll(prices);
        return variant;
    }

    /** Checks each variant's fields; returns their prices with currency codes in upper case (D1). */
    private static List<List<Price>> checkedVariants(List<NewVariant> variants) {
        List<List<Price>> prices = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            NewVariant variant = variants.get(i);
            String at = "variants[" + i + "]";
            required(variant.title(), at + ".title");
            required(variant.sku(), at + ".sku");
            if (variant.inventoryQuantity() != null && variant.inventoryQuantity() < 0) {
                throw DomainException.invalid(at + ".inventory_quantity: must be an integer of 0 or more");
            }
            prices.add(Prices.normalised(variant.prices(), at + ".prices"));
        }
        return prices;
    }

    private static void refuseTakenHandle(State state, String handle) {
        Product holder = state.productByHandle(handle);
        if (holder != null) {
            throw DomainException.conflict(
                    ProductService.DUPLICATE_HANDLE,
                    "handle: a product with handle " + handle + " already exists (" + holder.id
                            + "); send another handle");
        }
    }

    /**
     * D17: a SKU belongs to one variant. Inventory items are linked to variants by SKU, so a SKU
     * whose inventory item belongs to another product is that product's variant SKU; an item
     * that no variant uses yet is adopted instead (see {@link VariantInventory}).
     */
    private static void refuseTakenSkus(State state, List<NewVariant> variants) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < variants.size(); i++) {
            String sku = variants.get(i).sku();
            String at = "variants[" + i + "].sku: ";
            if (!seen.add(sku)) {
                throw DomainException.conflict(
                        ProductService.DUPLICATE_SKU, at + sku + " is given to two variants of this request");
            }
            Product holder = state.productBySku(sku);
            if (holder != null) {
                throw DomainException.conflict(
                        ProductService.DUPLICATE_SKU,
                        at + sku + " is already the SKU of a variant of product " + holder.id);
            }
        }
    }

    private static String checkedHandle(String handle) {
        if (!HANDLE.matcher(handle).matches()) {
            throw DomainException.invalid(
                    "handle: must be lower-case letters and digits joined by hyphens, such as new-product-from-odoo");
        }
        return handle;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field + ": is required");
        }
        return value;
    }
}
