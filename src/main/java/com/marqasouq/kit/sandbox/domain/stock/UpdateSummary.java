package com.marqasouq.kit.sandbox.domain.stock;

import java.util.List;

/** The outcomes of a batch or an Odoo sync, in request order, with its counts (D12, D13). */
public record UpdateSummary(List<UpdateOutcome> outcomes) {

    public UpdateSummary {
        outcomes = List.copyOf(outcomes);
    }

    public int applied() {
        return (int) outcomes.stream().filter(UpdateOutcome::applied).count();
    }

    public int failed() {
        return outcomes.size() - applied();
    }

    /** D12: {@code success} is {@code failed == 0}. */
    public boolean success() {
        return failed() == 0;
    }
}
