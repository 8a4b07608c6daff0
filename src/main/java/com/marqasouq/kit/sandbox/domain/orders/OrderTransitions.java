package com.marqasouq.kit.sandbox.domain.orders;

import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.state.State;
import java.time.Instant;

/**
 * The status changes an order allows. Cancel (D10): only a pending order with no fulfillment.
 * Complete (D8): only a pending order. Anything else is {@code 409 conflict} with a code that
 * says why, and the order is left as it was.
 */
final class OrderTransitions {
    static final String ALREADY_CANCELED = "ORDER_ALREADY_CANCELED";
    static final String ALREADY_COMPLETED = "ORDER_ALREADY_COMPLETED";
    static final String CANCELED = "ORDER_CANCELED";
    static final String COMPLETED = "ORDER_COMPLETED";
    static final String FULFILLED = "ORDER_FULFILLED";
    static final String NOT_PENDING = "ORDER_NOT_PENDING";

    private OrderTransitions() {}

    static void checkCancelable(Order order) {
        switch (order.status) {
            case PENDING -> {
                if (!order.fulfillments.isEmpty()) {
                    throw DomainException.conflict(
                            FULFILLED,
                            "Order " + order.id + " is "
                                    + order.fulfillmentStatus.value().replace('_', ' ')
                                    + " and cannot be canceled; only a pending order with no fulfillment can be");
                }
            }
            case CANCELED ->
                throw DomainException.conflict(ALREADY_CANCELED, "Order " + order.id + " is already canceled");
            case COMPLETED ->
                throw DomainException.conflict(COMPLETED, "Order " + order.id + " is completed and cannot be canceled");
            default ->
                throw DomainException.conflict(
                        NOT_PENDING,
                        "Order " + order.id + " is " + order.status + "; only a pending order can be canceled");
        }
    }

    static void checkCompletable(Order order) {
        switch (order.status) {
            case PENDING -> {
                // the one status an order is completed from (D8)
            }
            case COMPLETED ->
                throw DomainException.conflict(ALREADY_COMPLETED, "Order " + order.id + " is already completed");
            case CANCELED ->
                throw DomainException.conflict(CANCELED, "Order " + order.id + " is canceled and cannot be completed");
            default ->
                throw DomainException.conflict(
                        NOT_PENDING,
                        "Order " + order.id + " is " + order.status + "; only a pending order can be completed");
        }
    }

    /** D9: a canceled order ships nothing; a completed one may still ship (invoiced before delivery). */
    static void checkFulfillable(Order order) {
        if (order.status == OrderStatus.CANCELED) {
            throw DomainException.conflict(CANCELED, "Order " + order.id + " is canceled and cannot be fulfilled");
        }
    }

    static void cancel(State state, Order order, Instant now) {
        state.changeStatus(order, OrderStatus.CANCELED);
        order.canceledAt = now;
        order.updatedAt = now;
    }

    static void complete(State state, Order order, Instant now) {
        state.changeStatus(order, OrderStatus.COMPLETED);
        order.updatedAt = now;
    }
}
