package com.marqasouq.kit.sandbox.domain.customers;

import com.marqasouq.kit.sandbox.store.Transaction;
import java.util.LinkedHashMap;
import java.util.Map;

/** The customer events of D20: the document's customer.created shape. */
public final class CustomerEvents {
    public static final String CREATED = "customer.created";
    public static final String UPDATED = "customer.updated";

    private CustomerEvents() {}

    public static void emit(Transaction tx, String event, Customer customer) {
        tx.emit(event, data(customer));
    }

    public static Map<String, Object> data(Customer customer) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", customer.id);
        data.put("email", customer.email);
        if (customer.firstName != null) {
            data.put("first_name", customer.firstName);
        }
        if (customer.lastName != null) {
            data.put("last_name", customer.lastName);
        }
        if (customer.phone != null) {
            data.put("phone", customer.phone);
        }
        return data;
    }
}
