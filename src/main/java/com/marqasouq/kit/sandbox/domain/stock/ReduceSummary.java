package com.marqasouq.kit.sandbox.domain.stock;

import java.util.List;

/** The outcomes of an items-form reduce-stock request, in request order, with its counts (D14). */
public record ReduceSummary(String orderId, String reason, List<ReduceOutcome> outcomes) {

    public ReduceSummary {
        outcomes = List.copyOf(outcomes);
    }

    public int successful() {
        return (int) outcomes.stream().filter(ReduceOutcome::successful).count();
    }

    /** Items not reduced, short-of-stock ones included. */
    public int failed() {
        return outcomes.size() - successful();
    }

    public int insufficientStock() {
        return (int) outcomes.stream()
                .filter(o -> o.status() == ReduceOutcome.Status.INSUFFICIENT_STOCK)
                .count();
    }

    /** D14: false if any item was not reduced. */
    public boolean success() {
        return failed() == 0;
    }
}
