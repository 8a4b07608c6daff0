package com.marqasouq.kit.conformance.steps.inventory;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.ResponseSteps;
import java.util.List;
import java.util.Map;

/** Checks on the answers that report stock changes: reductions (sections 3.5, 8.8) and Odoo syncs (8.6). */
final class StockAnswers {
    private StockAnswers() {}

    /** Section 3.5: {success, inventory_item {sku, previous_quantity, reduced_by, new_quantity}}. */
    static void singleReduction(ApiResult answer, String sku, int previous, int reducedBy, int now) {
        String body = ResponseSteps.abbreviate(answer.body());
        assertThat("success in " + body, answer.get("success"), equalTo(true));
        assertThat("inventory_item.sku", answer.get("inventory_item.sku"), equalTo(sku));
        assertThat(
                "inventory_item.previous_quantity", answer.get("inventory_item.previous_quantity"), equalTo(previous));
        assertThat("inventory_item.reduced_by", answer.get("inventory_item.reduced_by"), equalTo(reducedBy));
        assertThat("inventory_item.new_quantity", answer.get("inventory_item.new_quantity"), equalTo(now));
        Object status = answer.get("inventory_item.status");
        if (reducedBy > 0 && status != null) {
            // Optional in the answer, but a reduction that took stock is "reduced" where it is given.
            assertThat("inventory_item.status", status, equalTo("reduced"));
        }
    }

    /** Section 8.8: the items form names the order and reason; success only if every item was reduced (D14). */
    static void reductionOf(ApiResult answer, boolean success, String orderId, String reason) {
        assertThat("success in " + ResponseSteps.abbreviate(answer.body()), answer.get("success"), equalTo(success));
        assertThat("order_id", answer.get("order_id"), equalTo(orderId));
        assertThat("reason", answer.get("reason"), equalTo(reason));
    }

    /**
     * Section 8.8's summary. {@code failed} null is not checked: whether an item short of stock
     * also counts as failed is not settled by the document.
     */
    static void reductionSummary(ApiResult answer, int total, int successful, Integer failed, int shortOfStock) {
        assertThat("summary.total_items", answer.get("summary.total_items"), equalTo(total));
        assertThat("summary.successful", answer.get("summary.successful"), equalTo(successful));
        if (failed != null) {
            assertThat("summary.failed", answer.get("summary.failed"), equalTo(failed));
        }
        assertThat("summary.insufficient_stock", answer.get("summary.insufficient_stock"), equalTo(shortOfStock));
    }

    /** D14: an item that could not be reduced is reported as such, with nothing taken. */
    static void notReduced(ApiResult answer, String sku) {
        List<Map<String, Object>> results = answer.list("results").stream()
                .filter(r -> sku.equals(r.get("sku")))
                .toList();
        assertThat("results for " + sku + " in " + ResponseSteps.abbreviate(answer.body()), results, hasSize(1));
        Object status = results.get(0).get("status");
        assertThat("status of " + sku, status, not(oneOf("reduced", "already_reduced")));
        Object reducedBy = results.get(0).get("reduced_by");
        assertThat(
                "reduced_by of " + sku + " (absent or 0)",
                reducedBy == null || Integer.valueOf(0).equals(reducedBy),
                equalTo(true));
    }

    /** Section 8.6: {success, summary {total, synced, failed}}; success is failed == 0 (D12, D13). */
    static void syncSummary(ApiResult answer, boolean success, int total, int synced, int failed) {
        assertThat("success in " + ResponseSteps.abbreviate(answer.body()), answer.get("success"), equalTo(success));
        assertThat("summary.total", answer.get("summary.total"), equalTo(total));
        assertThat("summary.synced", answer.get("summary.synced"), equalTo(synced));
        assertThat("summary.failed", answer.get("summary.failed"), equalTo(failed));
    }
}
