package com.marqasouq.kit.sandbox.domain.state;

import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.orders.OrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The orders in creation order, overall, per status and per customer: the filters the API
 * document gives orders (status, a creation date range, a customer's orders) read only the run
 * of matches they need, so a page costs about the same with 100 or 100,000 orders.
 */
final class OrderIndex {
    private final CreationOrder<Order> all = sorted();
    private final Map<OrderStatus, CreationOrder<Order>> byStatus = new EnumMap<>(OrderStatus.class);
    private final Map<String, CreationOrder<Order>> byCustomer = new HashMap<>();

    private static CreationOrder<Order> sorted() {
        return new CreationOrder<>(o -> o.createdAt, o -> o.id);
    }

    void add(Order order) {
        all.add(order);
        byStatus.computeIfAbsent(order.status, s -> sorted()).add(order);
        if (order.customerId != null) {
            byCustomer.computeIfAbsent(order.customerId, c -> sorted()).add(order);
        }
    }

    /** Call after changing {@code order.status} from {@code previous}. */
    void statusChanged(Order order, OrderStatus previous) {
        CreationOrder<Order> before = byStatus.get(previous);
        if (before != null) {
            before.remove(order);
        }
        byStatus.computeIfAbsent(order.status, s -> sorted()).add(order);
    }

    List<Order> all() {
        return all.all();
    }

    int size() {
        return all.size();
    }

    List<Order> ofCustomer(String customerId) {
        CreationOrder<Order> orders = byCustomer.get(customerId);
        return orders == null ? List.of() : orders.all();
    }

    /** One run per status asked for (all orders if none), each in creation order and within the dates. */
    List<List<Order>> runs(Set<OrderStatus> statuses, Instant from, Instant to) {
        if (statuses.isEmpty()) {
            return List.of(all.createdBetween(from, to));
        }
        List<List<Order>> runs = new ArrayList<>(statuses.size());
        for (OrderStatus status : statuses) {
            CreationOrder<Order> orders = byStatus.get(status);
            if (orders != null) {
                List<Order> run = orders.createdBetween(from, to);
                if (!run.isEmpty()) {
                    runs.add(run);
                }
            }
        }
        return runs;
    }

    void trim() {
        all.trim();
        byStatus.values().forEach(CreationOrder::trim);
        byCustomer.values().forEach(CreationOrder::trim);
    }
}
