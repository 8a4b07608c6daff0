package com.marqasouq.kit.sandbox.control;

import com.marqasouq.kit.generated.control.model.StateSummary;
import com.marqasouq.kit.sandbox.domain.state.State;

/** The counts that reset and load answer with. */
final class StateSummaries {
    private StateSummaries() {}

    static StateSummary of(State state) {
        return new StateSummary(
                state.orders().size(),
                state.customers().size(),
                state.products().size(),
                state.inventoryItems().size(),
                state.stockLocations().size());
    }
}
