package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.model.ReduceStockItemsResponse;
import com.marqasouq.kit.generated.model.ReduceStockResult;
import com.marqasouq.kit.generated.model.ReduceStockSingleResponse;
import com.marqasouq.kit.generated.model.ReduceStockSummary;
import com.marqasouq.kit.generated.model.ReducedInventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.ReduceOutcome;
import com.marqasouq.kit.sandbox.domain.stock.ReduceSummary;

/** Maps reductions to the two reduce-stock answers, each in the form of its request (D14). */
final class ReduceStockViews {
    private ReduceStockViews() {}

    /** Section 3.5, plus {@code status} so that a retry can be told apart (D14). */
    static ReduceStockSingleResponse single(ReduceOutcome outcome) {
        return new ReduceStockSingleResponse(
                true,
                new ReducedInventoryItem(
                                outcome.sku(), outcome.previousQuantity(), outcome.reducedBy(), outcome.newQuantity())
                        .status(WireValues.of(outcome.status())));
    }

    /** Section 8.8. */
    static ReduceStockItemsResponse items(ReduceSummary summary) {
        ReduceStockSummary counts = new ReduceStockSummary(
                summary.outcomes().size(), summary.successful(), summary.failed(), summary.insufficientStock());
        return new ReduceStockItemsResponse(
                summary.success(),
                summary.orderId(),
                summary.reason(),
                counts,
                summary.outcomes().stream().map(ReduceStockViews::result).toList());
    }

    private static ReduceStockResult result(ReduceOutcome outcome) {
        return new ReduceStockResult(outcome.sku(), WireValues.of(outcome.status()))
                .previousQuantity(outcome.previousQuantity())
                .newQuantity(outcome.newQuantity())
                .reducedBy(outcome.reducedBy())
                .message(outcome.message());
    }
}
