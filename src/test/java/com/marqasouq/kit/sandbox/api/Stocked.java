package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.List;

/** Reads stock back through the API, so that tests assert on what a client would see. */
final class Stocked {
    private Stocked() {}

    /** The stocked quantity of the SKU at the default location, as GET /admin/inventory-items shows it. */
    static int at(String sku) {
        List<Integer> quantities = RunningSandbox.api()
                .queryParam("sku", sku)
                .get("/admin/inventory-items")
                .then()
                .statusCode(200)
                .extract()
                .path("inventory_items[0].location_levels.findAll { it.location_id == 'sloc_01ABC' }.stocked_quantity");
        if (quantities == null || quantities.size() != 1) {
            throw new AssertionError("SKU " + sku + " has no single level at sloc_01ABC: " + quantities);
        }
        return quantities.get(0);
    }

    /** LG-CPFL1625 and SLEEVE still hold their default stock, 2 and 605: nothing was applied. */
    static void assertDefaultStock() {
        assertThat(at("LG-CPFL1625"), is(2));
        assertThat(at("SLEEVE"), is(605));
    }

    /** The number of inventory items the store holds. */
    static int itemCount() {
        return RunningSandbox.sandbox()
                .store()
                .read(state -> state.inventoryItems().size());
    }

    /** How many reductions the store has recorded. */
    static int reductionCount() {
        return RunningSandbox.sandbox().store().read(state -> state.reductions().size());
    }
}
