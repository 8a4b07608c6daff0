package com.marqasouq.kit.sandbox.domain.customers;

import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.store.State;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The orders of each customer, found through the orders' customer id, oldest first (D4). */
public final class CustomerOrders {
    private final Map<String, List<Order>> byCustomer = new HashMap<>();

    private CustomerOrders() {}

    public static CustomerOrders of(State state) {
        CustomerOrders index = new CustomerOrders();
        for (Order order : state.orders()) {
            if (order.customerId != null) {
                index.byCustomer
                        .computeIfAbsent(order.customerId, id -> new ArrayList<>())
                        .add(order);
            }
        }
        return index;
    }

    public List<Order> of(String customerId) {
        return byCustomer.getOrDefault(customerId, List.of());
    }
}
