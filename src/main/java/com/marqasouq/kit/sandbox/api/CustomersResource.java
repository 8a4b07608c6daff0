package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.api.CustomersApi;
import com.marqasouq.kit.generated.model.ConflictError;
import com.marqasouq.kit.generated.model.CustomerCreateRequest;
import com.marqasouq.kit.generated.model.CustomerListResponse;
import com.marqasouq.kit.generated.model.CustomerResponse;
import com.marqasouq.kit.generated.model.CustomerUpdateRequest;
import com.marqasouq.kit.generated.model.ErrorResponse;
import com.marqasouq.kit.generated.model.InvalidDataError;
import com.marqasouq.kit.generated.model.NotFoundError;
import com.marqasouq.kit.generated.model.UnauthorizedError;
import com.marqasouq.kit.sandbox.store.Store;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;

/** The admin customers routes (section 4). */
public final class CustomersResource implements CustomersApi {
    private final Store store;

    @Inject
    public CustomersResource(Store store) {
        this.store = store;
    }

    @Override
    public Response createCustomer(CustomerCreateRequest customerCreateRequest) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public Response getCustomer(String customerId) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public Response listCustomers(Integer limit, Integer offset, String email, String q, OffsetDateTime createdAtGte, Boolean metadataOdooSynced) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public Response updateCustomer(String customerId, CustomerUpdateRequest customerUpdateRequest) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
