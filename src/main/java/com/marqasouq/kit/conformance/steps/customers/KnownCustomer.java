package com.marqasouq.kit.conformance.steps.customers;

import com.marqasouq.kit.conformance.http.ApiResult;
import java.util.Comparator;

/** A customer the scenario created, as the target answered it, remembered under a label such as "Layla". */
record KnownCustomer(
        String label, String id, String email, String firstName, String lastName, String phone, String createdAt) {

    /** D4: lists are ordered by created_at, then id; the timestamps are RFC 3339 UTC, so they sort as text. */
    static final Comparator<KnownCustomer> LIST_ORDER =
            Comparator.comparing(KnownCustomer::createdAt).thenComparing(KnownCustomer::id);

    static KnownCustomer from(String label, ApiResult created) {
        return new KnownCustomer(
                label,
                created.get("customer.id"),
                created.get("customer.email"),
                created.get("customer.first_name"),
                created.get("customer.last_name"),
                created.get("customer.phone"),
                created.get("customer.created_at"));
    }
}
