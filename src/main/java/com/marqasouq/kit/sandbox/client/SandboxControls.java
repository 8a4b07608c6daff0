package com.marqasouq.kit.sandbox.client;

import com.marqasouq.kit.generated.control.model.AddFaultRequest;
import com.marqasouq.kit.generated.control.model.AddWebhookTargetRequest;
import com.marqasouq.kit.generated.control.model.AdvanceClockRequest;
import com.marqasouq.kit.generated.control.model.ClockState;
import com.marqasouq.kit.generated.control.model.Fault;
import com.marqasouq.kit.generated.control.model.FaultList;
import com.marqasouq.kit.generated.control.model.PlaceOrderItem;
import com.marqasouq.kit.generated.control.model.PlaceOrderRequest;
import com.marqasouq.kit.generated.control.model.PlacedOrder;
import com.marqasouq.kit.generated.control.model.PlacedOrderResponse;
import com.marqasouq.kit.generated.control.model.RecentRequest;
import com.marqasouq.kit.generated.control.model.RecentRequestList;
import com.marqasouq.kit.generated.control.model.SetClockRequest;
import com.marqasouq.kit.generated.control.model.StateSummary;
import com.marqasouq.kit.generated.control.model.WebhookDelivery;
import com.marqasouq.kit.generated.control.model.WebhookDeliveryList;
import com.marqasouq.kit.generated.control.model.WebhookTarget;
import com.marqasouq.kit.generated.control.model.WebhookTargetList;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The sandbox's {@code /_sandbox} controls as methods, for any running sandbox (in this JVM or
 * started with {@code java -jar ... sandbox}). Requests and answers are the models generated
 * from {@code openapi/sandbox-control.yaml}; a refused control is a {@link SandboxControlException}.
 * Safe to share between threads.
 */
public final class SandboxControls {
    private final ControlHttp http;

    private SandboxControls(ControlHttp http) {
        this.http = http;
    }

    /** Controls of the sandbox at {@code baseUrl}, logging in as the given admin at the first call. */
    public static SandboxControls connect(URI baseUrl, String adminEmail, String adminPassword) {
        return new SandboxControls(new ControlHttp(baseUrl, adminEmail, adminPassword));
    }

    /** The admin token ({@code POST /auth/user/emailpass}); it serves the API too. */
    public String token() {
        return http.token();
    }

    /** Back to the start data, real time, no faults, no recent requests or deliveries. */
    public StateSummary reset() {
        return http.call("POST", "/_sandbox/reset", null, StateSummary.class);
    }

    /** The whole state as a JSON document, as {@code --data} and {@link #loadState} read it. */
    public String exportState() {
        return http.send("GET", "/_sandbox/state", null, true).toString();
    }

    /** Replaces the whole state with a JSON document; a bad document changes nothing. */
    public StateSummary loadState(String stateDocument) {
        return http.call("PUT", "/_sandbox/state", stateDocument, StateSummary.class);
    }

    public ClockState clock() {
        return http.call("GET", "/_sandbox/clock", null, ClockState.class);
    }

    /** Sets the clock to {@code now} and lets it run on from there. */
    public ClockState setClock(Instant now) {
        return putClock(now, false);
    }

    /** Sets the clock to {@code now} and stops it there until it is set or advanced again. */
    public ClockState freezeClock(Instant now) {
        return putClock(now, true);
    }

    public ClockState advanceClock(Duration by) {
        return http.call("POST", "/_sandbox/clock/advance", new AdvanceClockRequest(by.toSeconds()), ClockState.class);
    }

    private ClockState putClock(Instant now, boolean frozen) {
        SetClockRequest request = new SetClockRequest(now.atOffset(ZoneOffset.UTC)).frozen(frozen);
        return http.call("PUT", "/_sandbox/clock", request, ClockState.class);
    }

    /** Places an order as a storefront checkout would (emits {@code order.placed}). */
    public PlacedOrder placeOrder(PlaceOrderRequest order) {
        return http.call("POST", "/_sandbox/orders", order, PlacedOrderResponse.class)
                .getOrder();
    }

    /** One line of {@code quantity} of {@code sku} for an existing customer. */
    public PlacedOrder placeOrder(String customerId, String sku, int quantity) {
        return placeOrder(new PlaceOrderRequest(customerId, List.of(new PlaceOrderItem(sku, quantity))));
    }

    /** E.g. {@code new AddFaultRequest("/admin/orders").status(429).retryAfter(2).times(3)}. */
    public Fault addFault(AddFaultRequest fault) {
        return http.call("POST", "/_sandbox/faults", fault, Fault.class);
    }

    public List<Fault> faults() {
        return http.call("GET", "/_sandbox/faults", null, FaultList.class).getFaults();
    }

    public void clearFaults() {
        http.send("DELETE", "/_sandbox/faults", null, true);
    }

    /** Sends every webhook event to {@code url}, signed with the sandbox's secret. */
    public WebhookTarget addWebhook(URI url) {
        return addWebhook(new AddWebhookTargetRequest(url));
    }

    public WebhookTarget addWebhook(AddWebhookTargetRequest target) {
        return http.call("POST", "/_sandbox/webhooks", target, WebhookTarget.class);
    }

    public List<WebhookTarget> webhooks() {
        return http.call("GET", "/_sandbox/webhooks", null, WebhookTargetList.class)
                .getTargets();
    }

    public void removeWebhook(String targetId) {
        http.send("DELETE", "/_sandbox/webhooks/" + targetId, null, true);
    }

    /** Newest first, with every attempt. */
    public List<WebhookDelivery> webhookDeliveries() {
        return http.call("GET", "/_sandbox/webhook-deliveries", null, WebhookDeliveryList.class)
                .getDeliveries();
    }

    /** The last requests the sandbox answered, newest first. */
    public List<RecentRequest> requests() {
        return http.call("GET", "/_sandbox/requests", null, RecentRequestList.class)
                .getRequests();
    }
}
