package com.marqasouq.kit.conformance.steps.orders;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.notNullValue;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.Times;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The two order lists: the admin one (section 2.1) and Odoo's own (section 8.1), with their envelope and date bounds. */
enum OrderRoute {
    ADMIN("/admin/orders", "", "count", "created_at[gte]", "created_at[lte]"),
    ODOO("/odoo/orders", "pagination.", "pagination.total", "date_from", "date_to");

    static final int DEFAULT_LIMIT = 50;

    private final String path;
    private final String envelope;
    private final String total;
    private final String from;
    private final String to;

    OrderRoute(String path, String envelope, String total, String from, String to) {
        this.path = path;
        this.envelope = envelope;
        this.total = total;
        this.from = from;
        this.to = to;
    }

    String path() {
        return path;
    }

    int total(ApiResult page) {
        Integer value = page.get(total);
        assertThat(total + " of " + path, value, notNullValue());
        return value;
    }

    Integer echoed(ApiResult page, String field) {
        return page.get(envelope + field);
    }

    /** The date bounds of the window (either may be null: no bound). */
    Map<String, String> window(Instant fromInstant, Instant toInstant) {
        Map<String, String> query = new LinkedHashMap<>();
        if (fromInstant != null) {
            query.put(from, Times.format(fromInstant));
        }
        if (toInstant != null) {
            query.put(to, Times.format(toInstant));
        }
        return query;
    }
}
