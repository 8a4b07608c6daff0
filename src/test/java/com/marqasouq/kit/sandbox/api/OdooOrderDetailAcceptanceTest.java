package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.orders.TestOrders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class OdooOrderDetailAcceptanceTest {

    @Test
    void theSeedOrderHasWhatSection82Lists() {
        RunningSandbox.api()
                .get("/odoo/orders/order_01ABC123")
                .then()
                .statusCode(200)
                .body("order.id", equalTo("order_01ABC123"))
                .body("order.status", equalTo("pending"))
                .body("order.fulfillment_status", equalTo("not_fulfilled"))
                .body("order.payment_status", equalTo("captured"))
                .body("order.customer.email", equalTo("customer@example.com"))
                .body("order.shipping_address.address_1", equalTo("Block 5, Street 10, House 25"))
                .body("order.billing_address.postal_code", equalTo("12345"))
                .body("order.items[0].sku", equalTo("LG-CPFL1625"))
                .body("order.items[0]", hasKey("barcode"))
                .body("order.items[0].barcode", nullValue())
                .body("order.items[0].weight", equalTo(4500))
                .body("order.items[0].variant_title", equalTo("Default"))
                .body("order.payments[0].id", equalTo("pay_01ABC"))
                .body("order.payments[0].amount", equalTo(151000))
                .body("order.fulfillments", empty())
                .body("order.subtotal", equalTo(150000))
                .body("order.shipping_total", equalTo(1000))
                .body("order.total", equalTo(151000))
                .body("order.metadata.odoo_synced", equalTo(false))
                .body("order.updated_at", equalTo("2026-01-30T10:30:00.000Z"));
    }

    @Test
    void aLineItemWithABarcodeShowsIt() {
        TestOrders.add(TestOrders.order(
                "order_CODED", "2027-02-01T00:00:00.000Z", o -> o.items.get(0).barcode = "6291041500213"));

        RunningSandbox.api()
                .get("/odoo/orders/order_CODED")
                .then()
                .statusCode(200)
                .body("order.items[0].barcode", equalTo("6291041500213"));
    }

    @Test
    void anOrderWithoutBillingAddressBillsToItsShippingAddress() {
        TestOrders.add(TestOrders.order("order_NOBILL", "2027-02-01T00:00:00.000Z", o -> o.billingAddress = null));

        RunningSandbox.api()
                .get("/odoo/orders/order_NOBILL")
                .then()
                .statusCode(200)
                .body("order.billing_address.address_1", equalTo("Block 3, Street 7, House 12"));
    }

    @Test
    void fulfillmentsAreShownWithTheirTracking() {
        RunningSandbox.api()
                .body(Map.of(
                        "items",
                        List.of(Map.of("item_id", "item_01ABC", "quantity", 1)),
                        "metadata",
                        Map.of("tracking_number", "KW123456789")))
                .post("/admin/orders/order_01ABC123/fulfillments")
                .then()
                .statusCode(200);

        RunningSandbox.api()
                .get("/odoo/orders/order_01ABC123")
                .then()
                .statusCode(200)
                .body("order.fulfillment_status", equalTo("fulfilled"))
                .body("order.fulfillments[0].items[0].item_id", equalTo("item_01ABC"))
                .body("order.fulfillments[0].metadata.tracking_number", equalTo("KW123456789"));
    }
}
