package com.marqasouq.kit.conformance.world;

import java.util.HashMap;
import java.util.Map;

/**
 * The orders one scenario placed through the sandbox controls, by id, as the placing answer
 * showed them: the lines exactly as ordered, which no later answer of the target can change.
 */
public final class PlacedOrders {
    private final Map<String, Map<String, Object>> byId = new HashMap<>();

    public void add(String id, Map<String, Object> order) {
        byId.put(id, order);
    }

    /** The placing answer's order; fails when the scenario did not place it. */
    public Map<String, Object> get(String id) {
        Map<String, Object> order = byId.get(id);
        if (order == null) {
            throw new IllegalStateException("This scenario placed no order " + id + " through the sandbox controls");
        }
        return order;
    }
}
