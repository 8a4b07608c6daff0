package com.marqasouq.kit.sandbox.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.generated.control.api.DataApi;
import com.marqasouq.kit.generated.control.model.PlaceOrderRequest;
import com.marqasouq.kit.generated.control.model.StateDocument;
import com.marqasouq.kit.generated.control.model.StateSummary;
import com.marqasouq.kit.sandbox.Sandbox;
import com.marqasouq.kit.sandbox.domain.orders.Checkout;
import com.marqasouq.kit.sandbox.http.ApiJson;
import com.marqasouq.kit.sandbox.store.State;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Reset, export, load (D21) and the storefront checkout that places orders (D20, D21). */
@Singleton
public final class DataResource implements DataApi {
    private static final ObjectMapper API_JSON = ApiJson.mapper();

    private final Sandbox sandbox;
    private final Checkout checkout;

    @Inject
    public DataResource(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.checkout = new Checkout(sandbox.store());
    }

    @Override
    public Response resetSandbox() {
        sandbox.reset();
        return Response.ok(sandbox.store().read(StateSummaries::of)).build();
    }

    @Override
    public Response exportState() {
        JsonNode document = sandbox.store()
                .read(state -> com.marqasouq.kit.sandbox.store.StateDocument.export(
                        state, sandbox.clock().now()));
        return Response.ok(document).build();
    }

    /** Checked in full before the swap: a bad document is a 400 and the state is unchanged. */
    @Override
    public Response loadState(StateDocument document) {
        JsonNode tree = API_JSON.valueToTree(document);
        State next = com.marqasouq.kit.sandbox.store.StateDocument.load(tree);
        StateSummary summary = StateSummaries.of(next); // no lock needed: nobody else holds `next` yet
        sandbox.store().replace(next);
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
