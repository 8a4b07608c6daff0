package com.marqasouq.kit.sandbox.store;

import com.marqasouq.kit.sandbox.domain.state.State;
import com.marqasouq.kit.sandbox.store.seed.ShopGenerator;

/** The states the sandbox can start from or reset to. */
public final class InitialData {
    private InitialData() {}

    /** D22's canonical entities plus the generated shop data. */
    public static State defaults() {
        State state = new State();
        CanonicalData.addTo(state);
        ShopGenerator.fill(state);
        return state;
    }

    /** Nothing but the default stock location, for {@code --empty}. */
    public static State empty() {
        State state = new State();
        state.addStockLocation(CanonicalData.mainWarehouse());
        return state;
    }
}
