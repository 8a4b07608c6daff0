package com.marqasouq.kit.conformance.steps.webhooks;

import com.marqasouq.kit.conformance.steps.common.ResponseSteps;
import com.marqasouq.kit.conformance.webhook.ReceivedWebhook;
import com.marqasouq.kit.conformance.webhook.WebhookReceiver;
import com.marqasouq.kit.conformance.world.TestData;
import com.marqasouq.kit.conformance.world.World;
import com.marqasouq.kit.webhook.WebhookHeaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The webhooks one scenario waited for. Deliveries are asynchronous, so each check polls the
 * run's receiver for up to {@link #TIMEOUT}.
 */
public final class WebhookInbox {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final World world;
    private final TestData data;
    private final List<ReceivedWebhook> awaited = new ArrayList<>();

    public WebhookInbox(World world, TestData data) {
        this.world = world;
        this.data = data;
    }

    /** Waits for the first {@code event} delivery that matches, or fails saying what did arrive. */
    ReceivedWebhook awaitOne(String event, String about, Predicate<ReceivedWebhook> match) {
        WebhookReceiver receiver = world.run().webhooks().receiver();
        Optional<ReceivedWebhook> found =
                receiver.await(hook -> event.equals(hook.event()) && hook.data() != null && match.test(hook), TIMEOUT);
        if (found.isEmpty()) {
            throw new AssertionError("No " + event + " webhook about " + about + " arrived at " + receiver.url()
                    + " within " + TIMEOUT.toSeconds() + " s. " + arrived(receiver, event));
        }
        awaited.add(found.get());
        return found.get();
    }

    /** The deliveries of {@code event} that match, one per webhook-id (a redelivery is the same message). */
    List<ReceivedWebhook> distinct(String event, Predicate<ReceivedWebhook> match) {
        Map<String, ReceivedWebhook> byId = new TreeMap<>();
        for (ReceivedWebhook hook : world.run().webhooks().receiver().received()) {
            if (event.equals(hook.event()) && hook.data() != null && match.test(hook)) {
                String id = hook.header(WebhookHeaders.ID);
                byId.putIfAbsent(id == null ? hook.body() : id, hook);
            }
        }
        return List.copyOf(byId.values());
    }

    /**
     * Makes a new event (a customer is created) and waits for it. Deliveries to one receiver
     * keep the order of the events, so anything the earlier change sent has arrived by then.
     */
    void awaitALaterEvent() {
        String customerId = data.customer("Later", "Event");
        Optional<ReceivedWebhook> later = world.run()
                .webhooks()
                .receiver()
                .await(
                        hook -> "customer.created".equals(hook.event())
                                && customerId.equals(WebhookSteps.text(hook.data(), "id")),
                        TIMEOUT);
        if (later.isEmpty()) {
            throw new AssertionError("The customer.created webhook of customer " + customerId
                    + ", created to mark a later event, did not arrive within " + TIMEOUT.toSeconds() + " s");
        }
    }

    List<ReceivedWebhook> awaited() {
        return awaited;
    }

    ReceivedWebhook last() {
        if (awaited.isEmpty()) {
            throw new IllegalStateException("No webhook has arrived in this scenario yet");
        }
        return awaited.get(awaited.size() - 1);
    }

    private static String arrived(WebhookReceiver receiver, String event) {
        Map<String, Integer> counts = new TreeMap<>();
        List<String> same = new ArrayList<>();
        for (ReceivedWebhook hook : receiver.received()) {
            counts.merge(String.valueOf(hook.event()), 1, Integer::sum);
            if (event.equals(hook.event()) && same.size() < 5) {
                same.add(ResponseSteps.abbreviate(String.valueOf(hook.data())));
            }
        }
        return "Received in this run: " + (counts.isEmpty() ? "nothing" : counts)
                + (same.isEmpty() ? "" : "; the first " + event + " data: " + same);
    }
}
