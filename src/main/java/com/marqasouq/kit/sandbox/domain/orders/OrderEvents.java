package com.marqasouq.kit.sandbox.domain.orders;

import com.marqasouq.kit.sandbox.domain.state.Transaction;

/** The names of the order events of D20, and how an order change records one. */
public final class OrderEvents {
    public static final String PLACED = "order.placed";
    public static final String UPDATED = "order.updated";
    public static final String CANCELED = "order.canceled";
    public static final String COMPLETED = "order.completed";

    private OrderEvents() {}

    public static void emit(Transaction tx, String event, Order order) {
        tx.emit(OrderEvent.of(event, order));
    }
}
