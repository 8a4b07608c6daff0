package com.marqasouq.kit.sandbox.domain.products;

import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.Ids;
import com.marqasouq.kit.sandbox.domain.Page;
import com.marqasouq.kit.sandbox.domain.PageRequest;
import com.marqasouq.kit.sandbox.domain.state.State;
import com.marqasouq.kit.sandbox.domain.state.Store;
import java.util.List;

/**
 * The product rules of section 5 and D17. Results are rendered by the caller's view inside the
 * lock, with the stock each variant has, so no domain object leaves the store.
 */
public final class ProductService {
    public static final String DUPLICATE_HANDLE = "DUPLICATE_HANDLE";
    public static final String DUPLICATE_SKU = "DUPLICATE_SKU";

    private static final Ids IDS = Ids.secure();

    /** Renders one product, with its variants' stock, into a response object. */
    @FunctionalInterface
    public interface View<R> {
        R render(Product product, VariantStock stock);
    }

    private final Store store;
    private final ProductCreation creation = new ProductCreation(IDS);

    public ProductService(Store store) {
        this.store = store;
    }

    public <R> Page<R> list(ProductFilter filter, PageRequest request, View<R> view) {
        return store.read(state -> {
            List<Product> matches =
                    state.products().stream().filter(filter::matches).toList();
            Page<Product> page = Page.of(matches, request);
            VariantStock stock = VariantStock.of(state);
            return new Page<>(page.map(p -> view.render(p, stock)), page.total(), page.limit(), page.offset());
        });
    }

    public <R> R create(NewProduct request, View<R> view) {
        return store.write(tx -> view.render(creation.create(tx, request), VariantStock.of(tx.state())));
    }

    /** D17: upserts the variant's prices by currency code; the other currencies are kept. */
    public <R> R updatePrices(String productId, String variantId, List<Price> prices, View<R> view) {
        return store.write(tx -> {
            State state = tx.state();
            Product product = state.product(productId);
            if (product == null) {
                throw DomainException.notFound("Product", productId);
            }
            Variant variant = product.variant(variantId);
            if (variant == null) {
                throw DomainException.notFound("Variant", variantId + " of product " + productId);
            }
            if (prices.isEmpty()) {
                throw DomainException.invalid("prices: must hold at least one price");
            }
            Prices.upsert(variant, Prices.normalised(prices, "prices"));
            product.updatedAt = tx.now();
            return view.render(product, VariantStock.of(state));
        });
    }
}
