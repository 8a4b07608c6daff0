package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.api.ProductsApi;
import com.marqasouq.kit.generated.model.Product;
import com.marqasouq.kit.generated.model.ProductCreateRequest;
import com.marqasouq.kit.generated.model.ProductListResponse;
import com.marqasouq.kit.generated.model.ProductOptionInput;
import com.marqasouq.kit.generated.model.ProductResponse;
import com.marqasouq.kit.generated.model.VariantCreateInput;
import com.marqasouq.kit.generated.model.VariantUpdateRequest;
import com.marqasouq.kit.sandbox.domain.Page;
import com.marqasouq.kit.sandbox.domain.PageRequest;
import com.marqasouq.kit.sandbox.domain.products.NewProduct;
import com.marqasouq.kit.sandbox.domain.products.NewProduct.NewVariant;
import com.marqasouq.kit.sandbox.domain.products.ProductFilter;
import com.marqasouq.kit.sandbox.domain.products.ProductService;
import com.marqasouq.kit.sandbox.domain.state.Store;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.IntStream;

/** The admin products routes (section 5, D17). */
@Singleton
public final class ProductsResource implements ProductsApi {
    private final ProductService products;

    @Inject
    public ProductsResource(Store store) {
        this.products = new ProductService(store);
    }

    @Override
    public Response listProducts(Integer limit, Integer offset, String q) {
        Page<Product> page =
                products.list(new ProductFilter(q), PageRequest.of(limit, offset, 50), ProductViews::product);
        return Response.ok(new ProductListResponse(page.items(), page.total())
                        .offset(page.offset())
                        .limit(page.limit()))
                .build();
    }

    @Override
    public Response createProduct(ProductCreateRequest request) {
        List<VariantCreateInput> inputs = RequestLists.of(request.getVariants(), "variants");
        List<NewVariant> variants = IntStream.range(0, inputs.size())
                .mapToObj(i -> variant(inputs.get(i), "variants[" + i + "].prices"))
                .toList();
        NewProduct product = new NewProduct(
                request.getTitle(),
                request.getHandle(),
                request.getStatus() == null ? null : request.getStatus().toString(),
                RequestLists.of(request.getOptions(), "options").stream()
                        .map(ProductOptionInput::getTitle)
                        .toList(),
                variants,
                request.getMetadata());
        return Response.ok(new ProductResponse(products.create(product, ProductViews::product)))
                .build();
    }

    @Override
    public Response updateVariant(String productId, String variantId, VariantUpdateRequest request) {
        Product product = products.updatePrices(
                productId,
                variantId,
                ProductViews.prices(RequestLists.of(request.getPrices(), "prices")),
                ProductViews::product);
        return Response.ok(new ProductResponse(product)).build();
    }

    private static NewVariant variant(VariantCreateInput v, String pricesField) {
        return new NewVariant(
                v.getTitle(),
                v.getSku(),
                v.getBarcode(),
                ProductViews.prices(RequestLists.of(v.getPrices(), pricesField)),
                v.getManageInventory(),
                v.getInventoryQuantity());
    }
}
