package com.marqasouq.kit.sandbox.api;

import static com.marqasouq.kit.sandbox.api.ReduceStockRequests.SECTION_35;
import static com.marqasouq.kit.sandbox.api.ReduceStockRequests.reduce;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import com.marqasouq.kit.sandbox.RunningSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The single form of reduce-stock: one SKU for an order and a reason, reduced once per key. */
@ExtendWith(RunningSandbox.class)
class ReduceStockAcceptanceTest {

    @Test
    void aRepeatOfTheSameOrderSkuAndReasonIsAlreadyReducedAndTakesNothing() {
        reduce(SECTION_35);
        reduce(SECTION_35)
                .body("success", equalTo(true))
                .body("inventory_item.status", equalTo("already_reduced"))
                .body("inventory_item.reduced_by", equalTo(0))
                .body("inventory_item.previous_quantity", equalTo(1))
                .body("inventory_item.new_quantity", equalTo(1));
        assertThat(Stocked.at("LG-CPFL1625"), is(1));
        assertThat(Stocked.reductionCount(), is(1));
    }
}
