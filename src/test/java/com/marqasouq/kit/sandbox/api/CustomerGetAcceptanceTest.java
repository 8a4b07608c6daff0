package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.marqasouq.kit.sandbox.RunningSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class CustomerGetAcceptanceTest {

    @Test
    void theDocumentsCustomerHasTheSection42Shape() {
        RunningSandbox.api()
                .get("/admin/customers/cus_01XYZ789")
                .then()
                .statusCode(200)
                .body("customer.id", equalTo("cus_01XYZ789"))
                .body("customer.email", equalTo("ahmed@example.com"))
                .body("customer.first_name", equalTo("Ahmed"))
                .body("customer.last_name", equalTo("Al-Rashid"))
                .body("customer.phone", equalTo("+965-12345678"))
                .body("customer.billing_address.address_1", equalTo("Block 5, Street 10, House 25"))
                .body("customer.shipping_addresses", hasSize(1))
                .body("customer.shipping_addresses[0].id", equalTo("addr_01ABC"))
                .body("customer.shipping_addresses[0].country_code", equalTo("kw"))
                .body("customer.orders", empty())
                .body("customer.metadata", hasKey("odoo_customer_id"))
                .body("customer.metadata.odoo_customer_id", nullValue())
                .body("customer.metadata.preferred_language", equalTo("ar"))
                .body("customer.created_at", equalTo("2026-01-15T10:00:00.000Z"))
                .body("customer.updated_at", equalTo("2026-01-30T10:30:00.000Z"));
    }

    @Test
    void theDocumentsOrderIsAmongItsCustomersOrders() {
        RunningSandbox.api()
                .get("/admin/customers/cus_01XYZ")
                .then()
                .statusCode(200)
                .body("customer.orders.id", hasItem("order_01ABC123"))
                .body("customer.orders.find { it.id == 'order_01ABC123' }.display_id", equalTo(1001))
                .body("customer.orders.find { it.id == 'order_01ABC123' }.total", equalTo(151000));
    }

    @Test
    void anIdThatIsNotACustomerIdIsInvalidDataNamingTheParameter() {
        RunningSandbox.badRequest()
                .get("/admin/customers/order_01ABC123")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("customer_id"));
    }
}
