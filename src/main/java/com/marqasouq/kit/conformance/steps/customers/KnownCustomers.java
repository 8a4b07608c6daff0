package com.marqasouq.kit.conformance.steps.customers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The customers of one scenario by their labels ("Layla"), the group of customers it made
 * together (a family, a shared phone number), and the orders they placed.
 */
public final class KnownCustomers {
    private final Map<String, KnownCustomer> byLabel = new HashMap<>();
    private final List<KnownCustomer> group = new ArrayList<>();
    private final List<PlacedOrder> placedOrders = new ArrayList<>();

    KnownCustomer remember(KnownCustomer customer) {
        byLabel.put(customer.label(), customer);
        return customer;
    }

    KnownCustomer known(String label) {
        KnownCustomer customer = byLabel.get(label);
        if (customer == null) {
            throw new IllegalStateException(
                    "No customer \"" + label + "\" in this scenario; known: " + byLabel.keySet());
        }
        return customer;
    }

    void group(List<KnownCustomer> members) {
        group.clear();
        group.addAll(members);
    }

    /** The group's customers in the order of D4 (created_at, then id). */
    List<KnownCustomer> group() {
        if (group.isEmpty()) {
            throw new IllegalStateException("This scenario made no group of customers");
        }
        List<KnownCustomer> members = new ArrayList<>(group);
        members.sort(KnownCustomer.LIST_ORDER);
        return members;
    }

    void placed(PlacedOrder order) {
        placedOrders.add(order);
    }

    /** The last order a customer of this scenario placed. */
    PlacedOrder placedOrder() {
        if (placedOrders.isEmpty()) {
            throw new IllegalStateException("No customer of this scenario placed an order");
        }
        return placedOrders.get(placedOrders.size() - 1);
    }

    /** Order {@code number} (from 1, in the order placed) of the customer with this label. */
    PlacedOrder placedOrder(String customer, int number) {
        List<PlacedOrder> hers = placedOrders.stream()
                .filter(order -> order.customer().equals(customer))
                .toList();
        if (number < 1 || number > hers.size()) {
            throw new IllegalStateException(
                    "\"" + customer + "\" placed " + hers.size() + " orders in this scenario, not " + number);
        }
        return hers.get(number - 1);
    }
}
