package com.marqasouq.kit.conformance.steps.customers;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

/** An order a scenario placed for one of its customers (by label), as GET /admin/orders/{id} answered it. */
record PlacedOrder(String customer, String id, Integer displayId, long total) {

    /** The customer's order summaries (section 4.1: id, display_id, total) hold exactly this order. */
    void assertListedIn(List<Map<String, Object>> orders, String where) {
        assertThat(where + " of a customer with one order", orders, hasSize(1));
        Map<String, Object> summary = orders.get(0);
        assertThat(where + "[0].id", summary.get("id"), equalTo(id));
        assertThat(where + "[0].display_id", summary.get("display_id"), equalTo(displayId));
        assertThat(where + "[0].total", ((Number) summary.get("total")).longValue(), equalTo(total));
    }
}
