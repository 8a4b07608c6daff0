package com.marqasouq.kit.sandbox.domain.customers;

import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.orders.OrderStatus;
import java.util.List;

/**
 * {@code stats} of {@code GET /odoo/customers} (D16): the customer's orders that were not
 * canceled, and the sum of their totals. A canceled order was never paid for, so it is neither
 * a purchase nor money spent; every other status (pending included) counts, because the
 * document's example counts orders that Odoo has not yet processed.
 */
public record OrderStats(int orderCount, long totalSpent) {

    public static OrderStats of(List<Order> orders) {
        int count = 0;
        long spent = 0;
        for (Order order : orders) {
            if (order.status != OrderStatus.CANCELED) {
                count++;
                spent += order.total();
            }
        }
        return new OrderStats(count, spent);
    }
}
