package com.marqasouq.kit.sandbox.domain.customers;

import com.marqasouq.kit.sandbox.domain.Metadata;
import java.time.Instant;
import java.util.Locale;

/**
 * The customer filters of {@code GET /admin/customers} and {@code GET /odoo/customers}; a null
 * field does not filter. E-mail is exact and case-insensitive, {@code q} a case-insensitive
 * substring of first name, last name or e-mail, the date bound inclusive, phone exact (D2, D5).
 */
public record CustomerFilter(String email, String q, Instant createdFrom, Boolean synced, String phone) {

    public static final CustomerFilter ALL = new CustomerFilter(null, null, null, null, null);

    public boolean matches(Customer customer) {
        return (email == null || email.equalsIgnoreCase(customer.email))
                && (q == null
                        || contains(customer.firstName)
                        || contains(customer.lastName)
                        || contains(customer.email))
                && (createdFrom == null || !customer.createdAt.isBefore(createdFrom))
                && Metadata.matchesSynced(customer.metadata, synced)
                && (phone == null || phone.equals(customer.phone));
    }

    private boolean contains(String value) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT));
    }
}
