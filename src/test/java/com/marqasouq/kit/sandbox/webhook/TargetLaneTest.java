package com.marqasouq.kit.sandbox.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.webhook.WebhookSecret;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TargetLaneTest {
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final Target target =
            new Target("wht_1", URI.create("http://127.0.0.1:1/"), WebhookSecret.generate(), Set.of());

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void whenTheLaneIsFullTheOldestWaitingDeliveryIsGivenUpAndTheNewOneQueued() throws Exception {
        CompletableFuture<Optional<Duration>> hanging = new CompletableFuture<>();
        List<Delivery> attempted = new CopyOnWriteArrayList<>();
        List<Delivery> overflowed = new CopyOnWriteArrayList<>();
        TargetLane lane = new TargetLane(
                executor,
                d -> {
                    attempted.add(d);
                    return hanging;
                },
                d -> {
                    d.stop();
                    overflowed.add(d);
                },
                2);

        Delivery first = delivery("1");
        lane.offer(first);
        Eventually.holds(() -> assertEquals(List.of(first), attempted)); // in flight, no longer waiting
        Delivery second = delivery("2");
        Delivery third = delivery("3");
        Delivery fourth = delivery("4");
        lane.offer(second);
        lane.offer(third);
        lane.offer(fourth);

        assertEquals(List.of(second), overflowed);
        assertFalse(second.isPending());
        assertTrue(third.isPending() && fourth.isPending());
        assertEquals(2, lane.size());
    }

    @Test
    void aFailedAttemptHoldsTheLaneAndIsRetriedBeforeTheDeliveriesBehindIt() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        TargetLane lane = new TargetLane(
                executor,
                d -> {
                    order.add(d.id());
                    boolean firstTry = order.size() == 1;
                    return CompletableFuture.completedFuture(
                            firstTry ? Optional.of(Duration.ofMillis(50)) : Optional.empty());
                },
                Delivery::stop,
                10);

        lane.offer(delivery("a"));
        lane.offer(delivery("b"));

        Eventually.holds(() -> assertEquals(List.of("whd_a", "whd_a", "whd_b"), order));
    }

    private Delivery delivery(String id) {
        WebhookEnvelope envelope =
                WebhookEnvelope.restored("evt_" + id, "inventory.updated", "{}".getBytes(StandardCharsets.UTF_8));
        return new Delivery("whd_" + id, envelope, target);
    }
}
