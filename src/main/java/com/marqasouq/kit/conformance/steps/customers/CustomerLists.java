package com.marqasouq.kit.conformance.steps.customers;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.marqasouq.kit.conformance.http.ApiResult;
import java.util.List;
import java.util.Map;

/**
 * Checks on a page of customers, from GET /admin/customers ({customers, count, ...}) or
 * GET /odoo/customers ({customers, pagination}): both name the list "customers".
 */
final class CustomerLists {
    private CustomerLists() {}

    static List<String> ids(ApiResult page) {
        return page.list("customers").stream().map(c -> (String) c.get("id")).toList();
    }

    static void holdsExactly(ApiResult page, List<KnownCustomer> expected) {
        List<String> wanted = expected.stream().map(KnownCustomer::id).toList();
        assertThat("the customers listed by " + page.exchange().path() + "?" + query(page), ids(page), equalTo(wanted));
        Integer total = total(page);
        if (total != null) {
            assertThat("the number of matches (count / pagination.total)", total, equalTo(wanted.size()));
        }
    }

    static void isEmpty(ApiResult page) {
        assertThat("the customers listed by " + page.exchange().path() + "?" + query(page), ids(page), empty());
        Integer total = total(page);
        if (total != null) {
            assertThat("the number of matches (count / pagination.total)", total, equalTo(0));
        }
    }

    /** The list entry of that customer; fails if the customer is not on the page. */
    static Map<String, Object> entry(ApiResult page, KnownCustomer customer) {
        assertThat(
                "customer " + customer.label() + " (" + customer.id() + ") on the page",
                ids(page),
                hasItem(customer.id()));
        return page.list("customers").stream()
                .filter(c -> customer.id().equals(c.get("id")))
                .findFirst()
                .orElseThrow();
    }

    /** {@code count} of an admin list, {@code pagination.total} of an /odoo list, null when neither is sent. */
    static Integer total(ApiResult page) {
        Integer count = page.get("count");
        return count != null ? count : page.get("pagination.total");
    }

    static int count(ApiResult page) {
        Integer count = page.get("count");
        assertThat("count of the admin list", count, notNullValue());
        return count;
    }

    private static String query(ApiResult page) {
        String query = page.exchange().query();
        return query == null ? "" : query;
    }
}
