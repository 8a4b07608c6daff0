package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.api.ProductsApi;
import com.marqasouq.kit.generated.model.ConflictError;
import com.marqasouq.kit.generated.model.ErrorResponse;
import com.marqasouq.kit.generated.model.InvalidDataError;
import com.marqasouq.kit.generated.model.NotFoundError;
import com.marqasouq.kit.generated.model.ProductCreateRequest;
import com.marqasouq.kit.generated.model.ProductListResponse;
import com.marqasouq.kit.generated.model.ProductResponse;
import com.marqasouq.kit.generated.model.UnauthorizedError;
import com.marqasouq.kit.generated.model.VariantUpdateRequest;
import com.marqasouq.kit.sandbox.store.Store;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/** The admin products routes (section 5). */
public final class ProductsResource implements ProductsApi {
    private final Store store;

    @Inject
    public ProductsResource(Store store) {
        this.store = store;
    }

    @Override
    public Response createProduct(ProductCreateRequest productCreateRequest) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public Response listProducts(Integer limit, Integer offset, String q) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public Response updateVariant(String productId, String variantId, VariantUpdateRequest variantUpdateRequest) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
