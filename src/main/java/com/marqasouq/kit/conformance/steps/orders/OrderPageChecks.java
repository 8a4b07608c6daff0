package com.marqasouq.kit.conformance.steps.orders;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import com.marqasouq.kit.conformance.steps.common.Times;
import com.marqasouq.kit.conformance.steps.orders.OrderListing.Page;
import java.util.List;
import java.util.Map;
import org.opentest4j.TestAbortedException;

/** Checks on the pages of an order list: the envelope, counts before paging, has_more and the list order (D4). */
final class OrderPageChecks {
    private OrderPageChecks() {}

    static void echoes(Page page, int limit, int offset) {
        assertThat(
                "limit echoed by " + page.route().path(), page.route().echoed(page.result(), "limit"), equalTo(limit));
        assertThat(
                "offset echoed by " + page.route().path(),
                page.route().echoed(page.result(), "offset"),
                equalTo(offset));
    }

    static void sameCount(List<Page> pages) {
        int first = pages.get(0).total();
        pages.forEach(page -> assertThat("count at offset " + page.offset(), page.total(), equalTo(first)));
    }

    /** min(limit, count - offset) orders, never fewer while matches remain, never more than the limit. */
    static void full(Page page) {
        int expected = Math.max(0, Math.min(page.effectiveLimit(), page.total() - page.offset()));
        assertThat(
                "orders on the page at offset " + page.offset() + " with limit " + page.effectiveLimit() + " of "
                        + page.total(),
                page.orders().size(),
                equalTo(expected));
    }

    static void hasMore(Page page) {
        boolean expected = page.offset() + page.effectiveLimit() < page.total();
        assertThat(
                "pagination.has_more at offset " + page.offset() + ", limit " + page.effectiveLimit() + " of "
                        + page.total(),
                page.result().get("pagination.has_more"),
                equalTo(expected));
    }

    static void startsWith(Page page, Page other, int number) {
        if (other.total() < number) {
            throw new TestAbortedException("the target has fewer than " + number + " orders");
        }
        assertThat(
                "orders on the page at offset " + other.offset(), other.orders().size(), greaterThanOrEqualTo(number));
        assertThat(
                "first order at offset " + page.offset(),
                page.orders().get(0).get("id"),
                equalTo(other.orders().get(number - 1).get("id")));
    }

    static void sorted(List<Map<String, Object>> orders, String where) {
        for (int i = 1; i < orders.size(); i++) {
            Map<String, Object> before = orders.get(i - 1);
            Map<String, Object> after = orders.get(i);
            assertThat(
                    "oldest first, ties by id (D4), on the " + where + ": " + before.get("id") + " "
                            + before.get("created_at") + " before " + after.get("id") + " " + after.get("created_at"),
                    Times.LIST_ORDER.compare(before, after),
                    lessThanOrEqualTo(0));
        }
    }

    /** The next page starts after the previous one ends, and no order is on both. */
    static void continues(Page previous, Page next) {
        List<Map<String, Object>> before = previous.orders();
        List<Map<String, Object>> after = next.orders();
        if (!before.isEmpty() && !after.isEmpty()) {
            sorted(
                    List.of(before.get(before.size() - 1), after.get(0)),
                    "pages at offsets " + previous.offset() + " and " + next.offset());
        }
        List<Object> ids = before.stream().map(o -> o.get("id")).toList();
        assertThat(
                "orders on both pages",
                after.stream().map(o -> o.get("id")).filter(ids::contains).toList(),
                empty());
    }
}
