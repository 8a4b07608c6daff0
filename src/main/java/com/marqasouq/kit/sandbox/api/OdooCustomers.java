package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.model.OdooCustomer;
import com.marqasouq.kit.generated.model.OdooCustomerListResponse;
import com.marqasouq.kit.generated.model.Pagination;
import com.marqasouq.kit.sandbox.domain.Page;
import com.marqasouq.kit.sandbox.domain.PageRequest;
import com.marqasouq.kit.sandbox.domain.customers.CustomerFilter;
import com.marqasouq.kit.sandbox.domain.customers.CustomerService;
import com.marqasouq.kit.sandbox.domain.state.Store;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;

/** GET /odoo/customers (section 8.4, D4, D16). */
final class OdooCustomers {
    private final CustomerService customers;

    OdooCustomers(Store store) {
        this.customers = new CustomerService(store);
    }

    Response list(OffsetDateTime createdAfter, String email, String phone, Integer limit, Integer offset) {
        CustomerFilter filter = new CustomerFilter(email, null, Times.instant(createdAfter), null, phone(phone));
        Page<OdooCustomer> page =
                customers.list(filter, PageRequest.of(limit, offset, 50), OdooCustomerViews::customer);
        Pagination pagination = new Pagination(page.total(), page.limit(), page.offset(), page.hasMore());
        return Response.ok(new OdooCustomerListResponse(page.items()).pagination(pagination))
                .build();
    }

    /** An unencoded "+" in a query string arrives as a space: "?phone=+965-..." still means +965. */
    private static String phone(String phone) {
        return phone != null && phone.startsWith(" ") ? "+" + phone.substring(1) : phone;
    }
}
