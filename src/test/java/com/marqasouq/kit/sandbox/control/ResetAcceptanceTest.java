package com.marqasouq.kit.sandbox.control;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class ResetAcceptanceTest {

    @Test
    void resetUndoesOrdersLoadedStateClockAndFaults() {
        Map<String, Object> start = StateExport.withoutClock();
        PlacedOrders.place(PlacedOrders.sleeves(1));
        RunningSandbox.control()
                .body(Map.of("now", "2030-01-01T00:00:00Z", "frozen", true))
                .put("/_sandbox/clock")
                .then()
                .statusCode(200);
        RunningSandbox.control()
                .body(Map.of("path", "/admin/orders", "status", 503, "times", 5))
                .post("/_sandbox/faults")
                .then()
                .statusCode(201);

        RunningSandbox.control()
                .post("/_sandbox/reset")
                .then()
                .statusCode(200)
                .body("orders", equalTo(StateExport.list(start, "orders").size()))
                .body("customers", equalTo(StateExport.list(start, "customers").size()))
                .body("products", equalTo(StateExport.list(start, "products").size()))
                .body(
                        "inventory_items",
                        equalTo(StateExport.list(start, "inventory_items").size()))
                .body("stock_locations", equalTo(1));

        assertEquals(start, StateExport.withoutClock());
        RunningSandbox.control().get("/_sandbox/clock").then().statusCode(200).body("frozen", equalTo(false));
        RunningSandbox.control().get("/_sandbox/faults").then().statusCode(200).body("faults", empty());
    }

    @Test
    void resetGoesBackToTheStartDataNotToTheLastLoadedDocument() {
        Map<String, Object> start = StateExport.withoutClock();
        RunningSandbox.control()
                .body(StateExport.empty(StateExport.FORMAT, List.of(StateExport.MAIN_WAREHOUSE)))
                .put("/_sandbox/state")
                .then()
                .statusCode(200);

        RunningSandbox.control().post("/_sandbox/reset").then().statusCode(200);

        assertEquals(start, StateExport.withoutClock());
    }

    @Test
    void resetClearsTheRecentRequests() {
        RunningSandbox.anonymous().get("/health").then().statusCode(200);

        RunningSandbox.control().post("/_sandbox/reset").then().statusCode(200);

        // Only the requests after the reset remain (the reset itself is logged once answered).
        RunningSandbox.control()
                .get("/_sandbox/requests")
                .then()
                .statusCode(200)
                .body("requests.size()", equalTo(1))
                .body("requests[0].path", equalTo("/_sandbox/reset"));
    }
}
