package com.marqasouq.kit.sandbox.domain.orders;

import com.marqasouq.kit.sandbox.domain.customers.Customer;

/**
 * Turns an order into a response while the store's lock is held, so that the response is a
 * copy and no domain object leaves the lock. {@code customer} is null if the order has none.
 */
@FunctionalInterface
public interface OrderRenderer<R> {
    R render(Order order, Customer customer);
}
