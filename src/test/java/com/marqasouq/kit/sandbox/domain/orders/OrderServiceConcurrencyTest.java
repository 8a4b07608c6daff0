package com.marqasouq.kit.sandbox.domain.orders;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.SandboxClock;
import com.marqasouq.kit.sandbox.domain.state.Store;
import com.marqasouq.kit.sandbox.store.InitialData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Odoo runs parallel workers: concurrent commands on one order never over-ship or double-cancel. */
class OrderServiceConcurrencyTest {
    private final Store store = new Store(InitialData.empty(), SandboxClock.system(), events -> {});
    private final OrderService orders = new OrderService(store);

    @Test
    void parallelFulfillmentsNeverShipMoreThanWasOrdered() throws Exception {
        TestOrders.addTo(
                store, TestOrders.order("order_RACE", "2027-03-01T10:00:00.000Z", o -> o.items.get(0).quantity = 10));

        int shipped = count(
                40,
                () -> orders.fulfill(
                        "order_RACE",
                        List.of(new FulfillmentLine("item_RACE", 1)),
                        Map.of(),
                        (order, customer) -> order.id));

        assertThat(shipped, equalTo(10));
        assertThat(store.read(state -> state.order("order_RACE").fulfillments.size()), equalTo(10));
        assertThat(
                store.read(state -> state.order("order_RACE").fulfillmentStatus), equalTo(FulfillmentStatus.FULFILLED));
    }

    @Test
    void parallelCancelsCancelOnce() throws Exception {
        TestOrders.addTo(store, TestOrders.order("order_RACE", "2027-03-01T10:00:00.000Z"));

        int canceled = count(20, () -> orders.cancel("order_RACE", (order, customer) -> order.id));

        assertThat(canceled, equalTo(1));
    }

    /** Runs {@code task} that many times at once; counts the runs the domain did not refuse. */
    private static int count(int times, Callable<String> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                results.add(pool.submit(() -> {
                    try {
                        task.call();
                        return true;
                    } catch (DomainException refused) {
                        return false;
                    }
                }));
            }
            int succeeded = 0;
            for (Future<Boolean> result : results) {
                succeeded += result.get() ? 1 : 0;
            }
            return succeeded;
        } finally {
            pool.shutdownNow();
        }
    }
}
