package com.marqasouq.kit.sandbox.domain.customers;

import com.marqasouq.kit.sandbox.domain.state.Transaction;

/** The names of the customer events of D20, and how a customer change records one. */
public final class CustomerEvents {
    public static final String CREATED = "customer.created";
    public static final String UPDATED = "customer.updated";

    private CustomerEvents() {}

    public static void emit(Transaction tx, String event, Customer customer) {
        tx.emit(CustomerEvent.of(event, customer));
    }
}
