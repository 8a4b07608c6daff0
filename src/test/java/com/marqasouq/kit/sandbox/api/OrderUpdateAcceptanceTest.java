package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.orders.TestOrders;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(RunningSandbox.class)
class OrderUpdateAcceptanceTest {

    @Test
    void section23StoresOdoosReferencesAndKeepsOtherKeys() {
        RunningSandbox.sandbox().clock().set(Instant.parse("2026-01-30T11:00:00.000Z"), true);

        RunningSandbox.api()
                .body(Map.of(
                        "metadata",
                        Map.of(
                                "odoo_synced", true,
                                "odoo_order_id", "SO/2026/001234",
                                "odoo_sync_date", "2026-01-30T11:00:00.000Z")))
                .post("/admin/orders/order_01ABC123")
                .then()
                .statusCode(200)
                .body("order.id", equalTo("order_01ABC123"))
                .body("order.metadata.odoo_synced", equalTo(true))
                .body("order.metadata.odoo_order_id", equalTo("SO/2026/001234"))
                .body("order.updated_at", equalTo("2026-01-30T11:00:00.000Z"));

        RunningSandbox.api()
                .body(Map.of("metadata", Map.of("odoo_status", "invoiced")))
                .post("/admin/orders/order_01ABC123")
                .then()
                .statusCode(200);
        RunningSandbox.api()
                .get("/admin/orders/order_01ABC123")
                .then()
                .statusCode(200)
                .body("order.metadata.odoo_order_id", equalTo("SO/2026/001234"))
                .body("order.metadata.odoo_sync_date", equalTo("2026-01-30T11:00:00.000Z"))
                .body("order.metadata.odoo_status", equalTo("invoiced"))
                .body("order.status", equalTo("pending"));
    }

    @Test
    void aMetadataKeySetToNullIsRemoved() {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("odoo_order_id", null);
        metadata.put("odoo_synced", true);

        RunningSandbox.api()
                .body(Map.of("metadata", metadata))
                .post("/admin/orders/order_01ABC123")
                .then()
                .statusCode(200)
                .body("order.metadata", not(hasKey("odoo_order_id")))
                .body("order.metadata", aMapWithSize(1));
        assertThat(TestOrders.stored("order_01ABC123").metadata, not(hasKey("odoo_order_id")));
    }

    @Test
    void theEmailCanBeChanged() {
        RunningSandbox.api()
                .body(Map.of("email", "ahmed.new@example.com"))
                .post("/admin/orders/order_01ABC123")
                .then()
                .statusCode(200)
                .body("order.email", equalTo("ahmed.new@example.com"));

        RunningSandbox.api()
                .queryParam("created_at[gte]", TestOrders.SEED_CREATED)
                .queryParam("created_at[lte]", TestOrders.SEED_CREATED)
                .get("/admin/orders")
                .then()
                .body("orders[0].email", equalTo("ahmed.new@example.com"))
                .body("orders[0].metadata.odoo_synced", equalTo(false));
    }

    static Stream<Arguments> refusedBodies() {
        return Stream.of(
                Arguments.of(
                        "an unknown body field",
                        Map.of("status", "completed", "metadata", Map.of("odoo_synced", true)),
                        "status"),
                Arguments.of("metadata that is not an object", Map.of("metadata", "odoo_synced"), "metadata"),
                Arguments.of("an e-mail that is not a string", Map.of("email", 42), "email"),
                Arguments.of("an e-mail that is not an e-mail", Map.of("email", "not-an-email"), "email"),
                Arguments.of("an update that changes nothing", Map.of(), "metadata"));
    }

    @ParameterizedTest(name = "{0} is refused naming {2} and changes nothing")
    @MethodSource("refusedBodies")
    void aBadBodyIsRefusedNamingTheFieldAndChangesNothing(String what, Map<String, Object> body, String field) {
        RunningSandbox.badRequest()
                .body(body)
                .post("/admin/orders/order_01ABC123")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString(field));

        assertUnchanged();
    }

    private static void assertUnchanged() {
        Order order = TestOrders.stored("order_01ABC123");
        assertThat(order.email, equalTo("customer@example.com"));
        assertThat(order.metadata, hasEntry("odoo_synced", false));
        assertThat(order.metadata, aMapWithSize(2));
        assertThat(order.updatedAt, equalTo(Instant.parse("2026-01-30T10:30:00.000Z")));
    }
}
