package com.marqasouq.kit.sandbox.domain.orders;

import com.marqasouq.kit.sandbox.domain.ClosedVocabulary;
import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.Ids;
import com.marqasouq.kit.sandbox.domain.Metadata;
import com.marqasouq.kit.sandbox.domain.Page;
import com.marqasouq.kit.sandbox.domain.SortedRuns;
import com.marqasouq.kit.sandbox.domain.state.State;
import com.marqasouq.kit.sandbox.domain.state.Store;
import com.marqasouq.kit.sandbox.domain.state.Transaction;
import java.util.List;
import java.util.Map;

/**
 * The rules of orders (D2–D10) and the events their changes announce (D20). Every command
 * checks everything before it changes anything, so a refused request changes nothing, and
 * emits exactly one event: the most specific one.
 */
public final class OrderService {
    private static final Ids IDS = Ids.secure();

    private final Store store;

    public OrderService(Store store) {
        this.store = store;
    }

    /** Matching orders, oldest first (D4), with the number of matches before paging; read from the indexes. */
    public <R> Page<R> list(OrderQuery query, OrderRenderer<R> renderer) {
        return store.read(state -> {
            List<List<Order>> runs =
                    state.ordersByStatusCreatedBetween(query.statuses(), query.createdFrom(), query.createdTo());
            Page<Order> page = SortedRuns.page(runs, OrderQuery.CREATION_ORDER, query.remainingFilter(), query.page());
            return new Page<>(page.map(o -> render(state, o, renderer)), page.total(), page.limit(), page.offset());
        });
    }

    public <R> R get(String orderId, OrderRenderer<R> renderer) {
        return store.read(state -> render(state, find(state, orderId), renderer));
    }

    /** D7, D8: a new e-mail and/or a shallow metadata merge; emits order.updated. */
    public <R> R update(String orderId, OrderChanges changes, OrderRenderer<R> renderer) {
        return store.write(tx -> {
            Order order = find(tx.state(), orderId);
            if (changes.isEmpty()) {
                throw DomainException.invalid("body: send metadata or email to change");
            }
            if (changes.email() != null && changes.email().isBlank()) {
                throw DomainException.invalid("email: must not be blank");
            }
            if (changes.email() != null) {
                order.email = changes.email();
            }
            order.metadata = Metadata.merge(order.metadata, changes.metadata());
            order.updatedAt = tx.now();
            return done(tx, OrderEvents.UPDATED, order, renderer);
        });
    }

    /** D9: ships line items, keeps the tracking metadata; emits order.updated. */
    public <R> R fulfill(
            String orderId, List<FulfillmentLine> lines, Map<String, Object> metadata, OrderRenderer<R> renderer) {
        return store.write(tx -> {
            Order order = find(tx.state(), orderId);
            Fulfillments.check(order, lines);
            Fulfillments.apply(order, IDS.next("ful_", tx.now()), lines, metadata, tx.now());
            return done(tx, OrderEvents.UPDATED, order, renderer);
        });
    }

    /** D10: cancels a pending order with no fulfillment; emits order.canceled only (D20). */
    public <R> R cancel(String orderId, OrderRenderer<R> renderer) {
        return store.write(tx -> {
            Order order = find(tx.state(), orderId);
            OrderTransitions.checkCancelable(order);
            OrderTransitions.cancel(tx.state(), order, tx.now());
            return done(tx, OrderEvents.CANCELED, order, renderer);
        });
    }

    /** D8: completes a pending order; emits order.completed only (D20). */
    public <R> R complete(String orderId, OrderRenderer<R> renderer) {
        return store.write(tx -> {
            Order order = find(tx.state(), orderId);
            OrderTransitions.checkCompletable(order);
            OrderTransitions.complete(tx.state(), order, tx.now());
            return done(tx, OrderEvents.COMPLETED, order, renderer);
        });
    }

    /**
     * D8: stores Odoo's references and the sync marks in the metadata and applies a status
     * change. One event (D20): order.completed or order.canceled when the status changes,
     * otherwise order.updated.
     */
    public <R> R syncFromOdoo(String orderId, OdooSync sync, OrderRenderer<R> renderer) {
        return store.write(tx -> {
            Order order = find(tx.state(), orderId);
            if (sync.isEmpty()) {
                throw DomainException.invalid("body: send status, odoo_order_id, odoo_status or metadata to change");
            }
            String event = statusEvent(order, sync.status());
            order.metadata = sync.applyTo(order.metadata, tx.now());
            order.updatedAt = tx.now();
            if (OrderEvents.CANCELED.equals(event)) {
                OrderTransitions.cancel(tx.state(), order, tx.now());
            } else if (OrderEvents.COMPLETED.equals(event)) {
                OrderTransitions.complete(tx.state(), order, tx.now());
            }
            return done(tx, event, order, renderer);
        });
    }

    /** Checks the requested status change and names the event it will emit. */
    private static String statusEvent(Order order, String status) {
        if (status == null) {
            return OrderEvents.UPDATED;
        }
        OrderStatus requested = ClosedVocabulary.of(OrderStatus.class, status).orElse(null);
        if (requested == OrderStatus.COMPLETED) {
            OrderTransitions.checkCompletable(order);
            return OrderEvents.COMPLETED;
        }
        if (requested == OrderStatus.CANCELED) {
            OrderTransitions.checkCancelable(order);
            return OrderEvents.CANCELED;
        }
        throw DomainException.invalid("status: must be completed or canceled, got \"" + status + "\"");
    }

    private static Order find(State state, String orderId) {
        Order order = state.order(orderId);
        if (order == null) {
            throw DomainException.notFound("Order", orderId);
        }
        return order;
    }

    private static <R> R done(Transaction tx, String event, Order order, OrderRenderer<R> renderer) {
        OrderEvents.emit(tx, event, order);
        return render(tx.state(), order, renderer);
    }

    private static <R> R render(State state, Order order, OrderRenderer<R> renderer) {
        return renderer.render(order, order.customerId == null ? null : state.customer(order.customerId));
    }
}
