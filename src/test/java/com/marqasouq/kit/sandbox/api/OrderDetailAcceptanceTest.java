package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.orders.TestOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class OrderDetailAcceptanceTest {

    @Test
    void theSeedOrderHasTheDetailsOfSection22() {
        RunningSandbox.api()
                .get("/admin/orders/order_01ABC123")
                .then()
                .statusCode(200)
                .body("order.id", equalTo("order_01ABC123"))
                .body("order.display_id", equalTo(1001))
                .body("order.status", equalTo("pending"))
                .body("order.customer.id", equalTo("cus_01XYZ"))
                .body("order.customer.email", equalTo("customer@example.com"))
                .body("order.customer.first_name", equalTo("Ahmed"))
                .body("order.customer.last_name", equalTo("Al-Rashid"))
                .body("order.customer.phone", equalTo("+965-12345678"))
                .body("order.items[0].id", equalTo("item_01ABC"))
                .body("order.items[0].title", equalTo("Liberty Guard Film Cutting Plotter"))
                .body("order.items[0].variant.id", equalTo("variant_01KEVBHW79ZAPYP5J6ZFM67RST"))
                .body("order.items[0].variant.sku", equalTo("LG-CPFL1625"))
                .body("order.items[0].variant.product.id", equalTo("prod_01KEVBHW78T3MQXDHP9ZVVSRCF"))
                .body(
                        "order.items[0].variant.product.title",
                        equalTo("Liberty Guard Intelligent Film Cutting Plotter 16-inch-Orange"))
                .body("order.items[0].quantity", equalTo(1))
                .body("order.items[0].unit_price", equalTo(150000))
                .body("order.items[0].subtotal", equalTo(150000))
                .body("order.shipping_methods[0].id", equalTo("sm_01ABC"))
                .body("order.shipping_methods[0].shipping_option.name", equalTo("Standard Delivery"))
                .body("order.shipping_methods[0].price", equalTo(1000))
                .body("order.payments[0].id", equalTo("pay_01ABC"))
                .body("order.payments[0].amount", equalTo(151000))
                .body("order.payments[0].provider_id", equalTo("manual"))
                .body("order.payments[0].status", equalTo("captured"))
                .body("order.subtotal", equalTo(150000))
                .body("order.tax_total", equalTo(0))
                .body("order.shipping_total", equalTo(1000))
                .body("order.total", equalTo(151000))
                .body("order.created_at", equalTo("2026-01-30T10:30:00.000Z"))
                .body("order.fulfillment_status", equalTo("not_fulfilled"))
                .body("order.payment_status", equalTo("captured"))
                .body("order.email", equalTo("customer@example.com"))
                .body("order.currency_code", equalTo("KWD"))
                .body("order.shipping_address.address_1", equalTo("Block 5, Street 10, House 25"))
                .body("order.billing_address.city", equalTo("Kuwait City"))
                .body("order.fulfillments", empty())
                .body("order.metadata.odoo_synced", equalTo(false));
    }

    @Test
    void theCustomerComesFromTheCustomerRecord() {
        RunningSandbox.sandbox().store().write(tx -> {
            tx.state().customer("cus_01XYZ").firstName = "Ahmad";
            return null;
        });

        RunningSandbox.api()
                .get("/admin/orders/order_01ABC123")
                .then()
                .statusCode(200)
                .body("order.customer.first_name", equalTo("Ahmad"))
                .body("order.shipping_address.first_name", equalTo("Ahmed"));
    }

    @Test
    void whatTheCustomerRecordLacksIsTakenFromTheOrder() {
        RunningSandbox.sandbox().store().write(tx -> {
            tx.state().customer("cus_01XYZ").phone = null;
            return null;
        });
        TestOrders.add(TestOrders.order("order_GUEST", "2027-02-01T00:00:00.000Z", o -> {
            o.customerId = "cus_01GUEST";
            o.email = "guest@example.com";
        }));

        RunningSandbox.api()
                .get("/admin/orders/order_01ABC123")
                .then()
                .statusCode(200)
                .body("order.customer.phone", equalTo("+965-12345678"));
        RunningSandbox.api()
                .get("/admin/orders/order_GUEST")
                .then()
                .statusCode(200)
                .body("order.customer.id", equalTo("cus_01GUEST"))
                .body("order.customer.email", equalTo("guest@example.com"))
                .body("order.customer.first_name", equalTo("Fatima"))
                .body("order.customer.last_name", equalTo("Al-Sabah"))
                .body("order.customer.phone", equalTo("+965-99887766"));
    }

    @Test
    void anIdThatIsNotAnOrderIdIsInvalidData() {
        RunningSandbox.badRequest()
                .get("/admin/orders/cus_01XYZ")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("order_id"));
    }
}
