package com.marqasouq.kit.sandbox.domain.orders;

import com.marqasouq.kit.sandbox.domain.DomainException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * D9: a fulfillment ships line items of the order, each at most what is still unfulfilled.
 * {@link #check} refuses the whole request before {@link #apply} changes anything, so a refused
 * fulfillment leaves the order untouched. Stock is not changed: reduce-stock does that.
 */
final class Fulfillments {
    private Fulfillments() {}

    static void check(Order order, List<FulfillmentLine> lines) {
        OrderTransitions.checkFulfillable(order);
        if (lines == null || lines.isEmpty()) {
            throw DomainException.invalid("items: must list at least one line item to fulfill");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            FulfillmentLine line = lines.get(i);
            String at = "items[" + i + "]";
            if (line.itemId() == null) {
                throw DomainException.invalid(at + ".item_id: is required");
            }
            // One entry per line item keeps a fulfillment unambiguous; a repeat is a client bug.
            Integer first = seen.putIfAbsent(line.itemId(), i);
            if (first != null) {
                throw DomainException.invalid(at + ".item_id: " + line.itemId() + " is already listed at items[" + first
                        + "]; send each line item once with its total quantity");
            }
            LineItem item = order.item(line.itemId());
            if (item == null) {
                throw DomainException.invalid(
                        at + ".item_id: order " + order.id + " has no line item " + line.itemId());
            }
            if (line.quantity() < 1) {
                throw DomainException.invalid(at + ".quantity: must be at least 1, got " + line.quantity());
            }
            if (line.quantity() > item.unfulfilled()) {
                throw DomainException.invalid(at + ".quantity: " + line.quantity() + " is more than the "
                        + item.unfulfilled() + " unit(s) of " + item.id + " still unfulfilled");
            }
        }
    }

    static Fulfillment apply(
            Order order, String id, List<FulfillmentLine> lines, Map<String, Object> metadata, Instant now) {
        Fulfillment fulfillment = new Fulfillment();
        fulfillment.id = id;
        fulfillment.createdAt = now;
        fulfillment.metadata = metadata == null ? new LinkedHashMap<>() : new LinkedHashMap<>(metadata);
        for (FulfillmentLine line : lines) {
            order.item(line.itemId()).fulfilledQuantity += line.quantity();
            fulfillment.items.add(new Fulfillment.FulfilledItem(line.itemId(), line.quantity()));
        }
        order.fulfillments.add(fulfillment);
        boolean all = order.items.stream().allMatch(i -> i.unfulfilled() == 0);
        order.fulfillmentStatus = all ? FulfillmentStatus.FULFILLED : FulfillmentStatus.PARTIALLY_FULFILLED;
        order.updatedAt = now;
        return fulfillment;
    }
}
