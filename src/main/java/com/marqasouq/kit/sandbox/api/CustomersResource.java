package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.api.CustomersApi;
import com.marqasouq.kit.generated.model.CustomerCreateRequest;
import com.marqasouq.kit.generated.model.CustomerListResponse;
import com.marqasouq.kit.generated.model.CustomerResponse;
import com.marqasouq.kit.generated.model.CustomerUpdateRequest;
import com.marqasouq.kit.sandbox.domain.Page;
import com.marqasouq.kit.sandbox.domain.PageRequest;
import com.marqasouq.kit.sandbox.domain.customers.CustomerFields;
import com.marqasouq.kit.sandbox.domain.customers.CustomerFilter;
import com.marqasouq.kit.sandbox.domain.customers.CustomerService;
import com.marqasouq.kit.sandbox.domain.state.Store;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;

/** The admin customers routes (section 4, D16). */
@Singleton
public final class CustomersResource implements CustomersApi {
    private final CustomerService customers;

    @Inject
    public CustomersResource(Store store) {
        this.customers = new CustomerService(store);
    }

    @Override
    public Response listCustomers(
            Integer limit,
            Integer offset,
            String email,
            String q,
            OffsetDateTime createdAtGte,
            Boolean metadataOdooSynced) {
        CustomerFilter filter = new CustomerFilter(email, q, Times.instant(createdAtGte), metadataOdooSynced, null);
        Page<com.marqasouq.kit.generated.model.Customer> page =
                customers.list(filter, PageRequest.of(limit, offset, 50), CustomerViews::listItem);
        return Response.ok(new CustomerListResponse(page.items(), page.total(), page.offset(), page.limit()))
                .build();
    }

    @Override
    public Response getCustomer(String customerId) {
        return Response.ok(new CustomerResponse(customers.get(customerId, CustomerViews::detail)))
                .build();
    }

    @Override
    public Response createCustomer(CustomerCreateRequest request) {
        CustomerFields fields = new CustomerFields(
                request.getEmail(),
                request.getFirstName(),
                request.getLastName(),
                request.getPhone(),
                request.getMetadata());
        return Response.ok(new CustomerResponse(customers.create(fields, CustomerViews::detail)))
                .build();
    }

    @Override
    public Response updateCustomer(String customerId, CustomerUpdateRequest request) {
        CustomerFields fields = new CustomerFields(
                request.getEmail(),
                request.getFirstName(),
                request.getLastName(),
                request.getPhone(),
                request.getMetadata());
        return Response.ok(new CustomerResponse(customers.update(customerId, fields, CustomerViews::detail)))
                .build();
    }
}
