package com.marqasouq.kit.sandbox.domain.customers;

import com.marqasouq.kit.sandbox.domain.DomainEvent;

/** A customer event of D20 (created, updated) with the customer's details as they were then. */
public record CustomerEvent(String name, String id, String email, String firstName, String lastName, String phone)
        implements DomainEvent {

    static CustomerEvent of(String name, Customer customer) {
        return new CustomerEvent(
                name, customer.id, customer.email, customer.firstName, customer.lastName, customer.phone);
    }
}
