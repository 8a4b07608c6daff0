package com.marqasouq.kit.conformance.steps.orders;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.marqasouq.kit.conformance.http.ApiCall;
import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.Answers;
import com.marqasouq.kit.conformance.steps.common.Times;
import com.marqasouq.kit.conformance.world.World;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * Reads the order lists for a scenario: single pages (kept, to compare them), and whole
 * filtered lists paged through to the end, as Odoo does when it looks for its orders.
 */
public final class OrderListing {
    private static final int PAGE = 100;
    private static final int MAX_PAGES = 20;

    /** One page read with the limit asked for (null: the route's default) and the offset. */
    record Page(OrderRoute route, Integer limit, int offset, ApiResult result) {
        List<Map<String, Object>> orders() {
            return result.list("orders");
        }

        int total() {
            return route.total(result);
        }

        int effectiveLimit() {
            return limit == null ? OrderRoute.DEFAULT_LIMIT : limit;
        }
    }

    private final World world;
    private final List<Page> pages = new ArrayList<>();
    private List<Map<String, Object>> listed = List.of();
    private Instant windowFrom;
    private Instant windowTo;
    private Map<String, Object> found;

    public OrderListing(World world) {
        this.world = world;
    }

    /** One page; a null limit or offset is not sent, so the route's defaults apply. */
    Page read(OrderRoute route, Integer limit, Integer offset) {
        ApiCall call = world.call("GET", route.path());
        if (limit != null) {
            call.query("limit", limit);
        }
        if (offset != null) {
            call.query("offset", offset);
        }
        ApiResult result = call.send();
        Answers.status(result, 200);
        Page page = new Page(route, limit, offset == null ? 0 : offset, result);
        pages.add(page);
        return page;
    }

    List<Page> pages() {
        return pages;
    }

    Page lastPage() {
        if (pages.isEmpty()) {
            throw new IllegalStateException("No page of orders was read in this scenario yet");
        }
        return pages.get(pages.size() - 1);
    }

    Page pageAt(int offset) {
        return pages.stream()
                .filter(p -> p.offset() == offset)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No page was read at offset " + offset));
    }

    /** The n-th order (1-based) of the last page read; the scenario is not run if the target has fewer orders. */
    Map<String, Object> orderNumber(int n) {
        List<Map<String, Object>> orders = lastPage().orders();
        if (orders.size() < n) {
            throw new TestAbortedException("the target has fewer than " + n + " orders");
        }
        return orders.get(n - 1);
    }

    /** One page of up to 100 orders matching the query; becomes the list that "listed" steps check. */
    List<Map<String, Object>> listOnePage(OrderRoute route, Map<String, String> query) {
        ApiCall call = world.call("GET", route.path()).query("limit", PAGE);
        query.forEach(call::query);
        ApiResult result = call.send();
        Answers.status(result, 200);
        listed = result.list("orders");
        return listed;
    }

    /** Every order matching the query, paged through to the end; becomes the list that "listed" steps check. */
    List<Map<String, Object>> listAll(OrderRoute route, Map<String, String> query, int pageSize) {
        List<Map<String, Object>> all = new ArrayList<>();
        int offset = 0;
        for (int n = 0; n < MAX_PAGES; n++) {
            ApiCall call =
                    world.call("GET", route.path()).query("limit", pageSize).query("offset", offset);
            query.forEach(call::query);
            ApiResult result = call.send();
            Answers.status(result, 200);
            List<Map<String, Object>> orders = result.list("orders");
            all.addAll(orders);
            offset += pageSize;
            if (orders.isEmpty() || offset >= route.total(result)) {
                listed = all;
                return all;
            }
        }
        throw new TestAbortedException("more than " + MAX_PAGES * pageSize + " orders match " + query
                + "; the orders given with --order-id are too far apart in time");
    }

    List<Map<String, Object>> listAll(OrderRoute route, Map<String, String> query) {
        return listAll(route, query, PAGE);
    }

    /** The order with this id among all orders matching the query, remembered as the order "as listed". */
    Optional<Map<String, Object>> find(OrderRoute route, String id, Map<String, String> query) {
        Optional<Map<String, Object>> order = listAll(route, query).stream()
                .filter(o -> id.equals(o.get("id")))
                .findFirst();
        order.ifPresent(o -> found = o);
        return order;
    }

    /**
     * Checks that paging through the route's orders passing the filters, created in the window
     * around the order's own created_at, finds the order (or does not).
     */
    void expectFound(
            OrderRoute route, FreshOrder order, boolean finds, Map<String, String> filters, OrderWindow window) {
        Map<String, String> query = new LinkedHashMap<>(filters);
        query.putAll(window.query(route, order.createdAt()));
        assertThat(
                "order " + order.id() + " created at " + Times.format(order.createdAt()) + (finds ? " is" : " is not")
                        + " listed by GET " + route.path() + " " + query,
                find(route, order.id(), query).isPresent(),
                equalTo(finds));
    }

    /** The order as GET /admin/orders lists it, found by a created_at window at its own creation time. */
    Map<String, Object> asListed(String id, Instant createdAt) {
        return find(OrderRoute.ADMIN, id, OrderRoute.ADMIN.window(createdAt, createdAt))
                .orElseThrow(() -> new AssertionError("order " + id
                        + " is not listed by GET /admin/orders with created_at[gte] and [lte] at its own created_at "
                        + Times.format(createdAt)));
    }

    List<Map<String, Object>> listed() {
        return listed;
    }

    /** The order with this id in the list last read, remembered as the order "as listed" when it is there. */
    Optional<Map<String, Object>> listedOrder(String id) {
        Optional<Map<String, Object>> order =
                listed.stream().filter(o -> id.equals(o.get("id"))).findFirst();
        order.ifPresent(o -> found = o);
        return order;
    }

    Map<String, Object> found() {
        if (found == null) {
            throw new IllegalStateException("No order was found in a list in this scenario yet");
        }
        return found;
    }

    /** Every order created from the time of order number {@code from} to that of order number {@code to} of the last page read. */
    void listWindow(OrderRoute route, int from, int to) {
        windowFrom = Times.createdAt(orderNumber(from));
        windowTo = Times.createdAt(orderNumber(to));
        listAll(route, route.window(windowFrom, windowTo));
    }

    boolean insideWindow(Instant instant) {
        return !instant.isBefore(windowFrom) && !instant.isAfter(windowTo);
    }

    Instant windowFrom() {
        return windowFrom;
    }

    Instant windowTo() {
        return windowTo;
    }
}
