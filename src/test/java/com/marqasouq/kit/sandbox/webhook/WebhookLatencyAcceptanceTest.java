package com.marqasouq.kit.sandbox.webhook;

import static com.marqasouq.kit.sandbox.webhook.Hooks.register;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A receiver that hangs or fails costs the API nothing: the p99 of a write is compared with the
 * same writes while the receiver answers at once. The bound is generous on purpose (twice the
 * healthy p99 plus 250 ms): it catches a write that waits for a delivery, not machine noise.
 */
@ExtendWith(RunningSandbox.class)
class WebhookLatencyAcceptanceTest {
    private static final int WRITES = 60;

    @RegisterExtension
    static final Receiver receiver = new Receiver();

    @Test
    void writesAreAsFastWithAHangingOrFailingReceiverAsWithAHealthyOne() throws Exception {
        register(receiver.answering("/healthy", 200));
        writes(10); // warm-up
        long healthy = p99(writes(WRITES));
        Receiver.forgetWebhooks();

        long hanging;
        try (HangingReceiver hangs = new HangingReceiver(200)) {
            register(hangs.url());
            hanging = p99(writes(WRITES));
            hangs.release();
        }
        Receiver.forgetWebhooks();
        register(receiver.answering("/failing", 500));
        long failing = p99(writes(WRITES));

        System.out.println("write p99 with a healthy receiver " + healthy + " ms, hanging " + hanging
                + " ms, answering 500 " + failing + " ms");
        long bound = 2 * healthy + 250;
        assertTrue(hanging <= bound, "hanging receiver: p99 " + hanging + " ms, healthy " + healthy + " ms");
        assertTrue(failing <= bound, "failing receiver: p99 " + failing + " ms, healthy " + healthy + " ms");
    }

    private static List<Long> writes(int count) {
        String item = RunningSandbox.sandbox().store().read(s -> s.inventoryItemBySku(Hooks.SKU).id);
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long started = System.nanoTime();
            RunningSandbox.api()
                    .body(Map.of("stocked_quantity", 100 + i))
                    .post("/admin/inventory-items/" + item + "/location-levels/sloc_01ABC")
                    .then()
                    .statusCode(200);
            ms.add((System.nanoTime() - started) / 1_000_000);
        }
        return ms;
    }

    private static long p99(List<Long> ms) {
        List<Long> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
    }
}
