package com.marqasouq.kit.sandbox.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.generated.control.api.DataApi;
import com.marqasouq.kit.generated.control.model.PlaceOrderRequest;
import com.marqasouq.kit.generated.control.model.StateDocument;
import com.marqasouq.kit.generated.control.model.StateSummary;
import com.marqasouq.kit.sandbox.domain.SandboxClock;
import com.marqasouq.kit.sandbox.domain.orders.Checkout;
import com.marqasouq.kit.sandbox.domain.state.State;
import com.marqasouq.kit.sandbox.domain.state.Store;
import com.marqasouq.kit.sandbox.http.ApiJson;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Reset, export, load (D21) and the storefront checkout that places orders (D20, D21). */
@Singleton
public final class DataResource implements DataApi {
    private static final ObjectMapper API_JSON = ApiJson.mapper();

    private final Store store;
    private final SandboxClock clock;
    private final SandboxReset reset;
    private final Checkout checkout;

    @Inject
    public DataResource(Store store, SandboxClock clock, SandboxReset reset) {
        this.store = store;
        this.clock = clock;
        this.reset = reset;
        this.checkout = new Checkout(store);
    }

    @Override
    public Response resetSandbox() {
        reset.reset();
        return Response.ok(store.read(StateSummaries::of)).build();
    }

    @Override
    public Response exportState() {
        JsonNode document =
                store.read(state -> com.marqasouq.kit.sandbox.store.StateDocument.export(state, clock.now()));
        return Response.ok(document).build();
    }

    /** Checked in full before the swap: a bad document is a 400 and the state is unchanged. */
    @Override
    public Response loadState(StateDocument document) {
        JsonNode tree = API_JSON.valueToTree(document);
        State next = com.marqasouq.kit.sandbox.store.StateDocument.load(tree);
        StateSummary summary = StateSummaries.of(next); // no lock needed: nobody else holds `next` yet
        store.replace(next);
        return Response.ok(summary).build();
    }

    @Override
    public Response placeOrder(PlaceOrderRequest request) {
        var placed = checkout.place(PlacedOrderViews.checkout(request), PlacedOrderViews::response);
        return Response.created(URI.create("/admin/orders/" + placed.getOrder().getId()))
                .entity(placed)
                .build();
    }
}
