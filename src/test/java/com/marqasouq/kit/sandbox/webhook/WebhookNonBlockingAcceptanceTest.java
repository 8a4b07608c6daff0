package com.marqasouq.kit.sandbox.webhook;

import static com.marqasouq.kit.sandbox.webhook.Hooks.deliveries;
import static com.marqasouq.kit.sandbox.webhook.Hooks.register;
import static com.marqasouq.kit.sandbox.webhook.Hooks.setStock;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A receiver never holds up the request that caused the event (D20): each test completes the
 * request while the receiver is still holding the webhook, and only then lets it answer.
 */
@ExtendWith(RunningSandbox.class)
class WebhookNonBlockingAcceptanceTest {
    @RegisterExtension
    static final Receiver receiver = new Receiver();

    @Test
    void aHangingReceiverDoesNotHoldUpTheCommandThatEmittedTheEvent() throws Exception {
        try (HangingReceiver hanging = new HangingReceiver(200)) {
            register(hanging.url());

            setStock(21);
            setStock(22);

            // Both commands are done while the first attempt is still in flight (arrived, unanswered, unrecorded).
            assertTrue(hanging.awaitArrival(), "the first webhook arrives");
            assertEquals(0, hanging.answered());
            int stocked = RunningSandbox.sandbox()
                    .store()
                    .read(s -> s.inventoryItemBySku(Hooks.SKU).levels.get(0).stockedQuantity);
            assertEquals(22, stocked);
            assertEquals(
                    List.of("pending", "pending"),
                    deliveries().stream().map(d -> d.get("status")).toList());
            assertEquals(
                    List.of(0, 0),
                    deliveries().stream().map(d -> attempts(d).size()).toList());

            hanging.release();
            Eventually.holds(() -> assertEquals(
                    List.of("delivered", "delivered"),
                    deliveries().stream().map(d -> d.get("status")).toList()));
        }
    }

    @Test
    void aRedeliverRequestIsAnsweredWhileTheReceiverHangs() throws Exception {
        try (HangingReceiver hanging = new HangingReceiver(200)) {
            register(hanging.url());
            setStock(23);
            assertTrue(hanging.awaitArrival());
            String first = (String) deliveries().get(0).get("id");

            ControlApi.controls()
                    .post("/_sandbox/webhook-deliveries/" + first + "/redeliver")
                    .then()
                    .statusCode(202)
                    .body("status", equalTo("pending"));

            assertEquals(0, hanging.answered());
            assertEquals(
                    List.of(0, 0),
                    deliveries().stream().map(d -> attempts(d).size()).toList());
            hanging.release();
            Eventually.holds(() -> assertEquals(2, hanging.answered()));
        }
    }

    @Test
    void aHangingTargetDoesNotHoldUpOtherTargets() throws Exception {
        try (HangingReceiver hanging = new HangingReceiver(200)) {
            register(hanging.url());
            register(receiver.answering("/fast", 200));

            setStock(24);

            assertTrue(hanging.awaitArrival());
            Eventually.holds(() -> assertEquals(1, receiver.received("/fast").size()));
            assertEquals(0, hanging.answered());
        }
    }

    @Test
    void removingATargetWhileItsAttemptHangsStopsItsRetries() throws Exception {
        try (HangingReceiver hanging = new HangingReceiver(500)) {
            String target = register(hanging.url());
            setStock(25);
            assertTrue(hanging.awaitArrival());

            ControlApi.controls().delete("/_sandbox/webhooks/" + target).then().statusCode(204);
            hanging.release();

            Eventually.holds(() -> assertEquals(1, attempts(deliveries().get(0)).size()));
            assertEquals("failed", deliveries().get(0).get("status"));
            assertEquals(500, attempts(deliveries().get(0)).get(0).get("status_code"));
            assertEquals(1, hanging.answered());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> attempts(Map<String, Object> delivery) {
        return (List<Map<String, Object>>) delivery.get("attempts");
    }
}
