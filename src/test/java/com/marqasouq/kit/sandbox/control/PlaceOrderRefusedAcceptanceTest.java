package com.marqasouq.kit.sandbox.control;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.customers.Customer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /_sandbox/orders refuses an order it cannot place, naming what is wrong, and changes nothing. */
@ExtendWith(RunningSandbox.class)
class PlaceOrderRefusedAcceptanceTest {

    static Stream<Arguments> unknownReferences() {
        return Stream.of(
                arguments(
                        "an unknown customer is named",
                        Map.of("customer_id", "cus_NOBODY", "items", List.of(Map.of("sku", "SLEEVE", "quantity", 1))),
                        "cus_NOBODY"),
                arguments(
                        "an unknown SKU is named by its item",
                        Map.of(
                                "customer_id",
                                "cus_01XYZ",
                                "items",
                                List.of(
                                        Map.of("sku", "SLEEVE", "quantity", 1),
                                        Map.of("sku", "NO-SUCH-SKU", "quantity", 1))),
                        "items[1].sku"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownReferences")
    void anUnknownCustomerOrSkuIsNotFoundAndNothingChanges(String behaviour, Map<String, Object> body, String named) {
        Map<String, Object> before = StateExport.withoutClock();

        RunningSandbox.controlBadRequest()
                .body(body)
                .post("/_sandbox/orders")
                .then()
                .statusCode(404)
                .body("type", equalTo("not_found"))
                .body("code", equalTo("NOT_FOUND"))
                .body("message", containsString(named));

        assertEquals(before, StateExport.withoutClock());
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                arguments("a quantity of zero is named by its item", PlacedOrders.sleeves(0), "items[0].quantity"),
                arguments(
                        "an order without items names the items",
                        Map.of("customer_id", "cus_01XYZ", "items", List.of()),
                        "items"),
                arguments(
                        "an unknown field is named",
                        Map.of(
                                "customer_id",
                                "cus_01XYZ",
                                "items",
                                List.of(Map.of("sku", "SLEEVE", "quantity", 1)),
                                "coupon",
                                "X"),
                        "coupon"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void aBadRequestIsInvalidDataNamingTheFieldAndNothingChanges(
            String behaviour, Map<String, Object> body, String field) {
        Map<String, Object> before = StateExport.withoutClock();

        RunningSandbox.controlBadRequest()
                .body(body)
                .post("/_sandbox/orders")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString(field));

        assertEquals(before, StateExport.withoutClock());
    }

    @Test
    void aCustomerWithoutAddressNeedsAShippingAddress() {
        RunningSandbox.sandbox().store().write(tx -> {
            Customer customer = tx.state().customer("cus_01XYZ");
            customer.shippingAddresses.clear();
            return null;
        });
        Map<String, Object> before = StateExport.withoutClock();

        RunningSandbox.controlBadRequest()
                .body(PlacedOrders.sleeves(1))
                .post("/_sandbox/orders")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("shipping_address"));

        assertEquals(before, StateExport.withoutClock());
    }
}
