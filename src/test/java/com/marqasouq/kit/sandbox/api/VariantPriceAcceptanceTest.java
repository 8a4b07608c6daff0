package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(RunningSandbox.class)
class VariantPriceAcceptanceTest {

    private static final String SECTION_5_2 = """
            {
              "prices": [
                {
                  "currency_code": "KWD",
                  "amount": 160000
                }
              ]
            }""";
    private static final String VARIANT_ROUTE =
            "/admin/products/" + Products.PLOTTER + "/variants/" + Products.PLOTTER_VARIANT;

    @Test
    void aLowerCaseCurrencyUpdatesThePriceOfThatCurrency() {
        RunningSandbox.badRequest()
                .body(Map.of("prices", List.of(Map.of("currency_code", "kwd", "amount", 155000))))
                .post(VARIANT_ROUTE)
                .then()
                .statusCode(200)
                .body("product.variants[0].prices", hasSize(1))
                .body("product.variants[0].prices[0].currency_code", equalTo("KWD"))
                .body("product.variants[0].prices[0].amount", equalTo(155000));

        assertOnlyKwdPrice("LG-CPFL1625", 155000);
    }

    @Test
    void aCurrencyGivenTwiceIsInvalidDataAndChangesNothing() {
        RunningSandbox.api()
                .body(Map.of(
                        "prices",
                        List.of(
                                Map.of("currency_code", "KWD", "amount", 1),
                                Map.of("currency_code", "KWD", "amount", 2))))
                .post(VARIANT_ROUTE)
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("prices[1].currency_code"));

        assertPlotterPriceUnchanged();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an empty price list names the field   | prices           | {"prices": []}
            a negative amount names the field     | prices[0].amount | {"prices": [{"currency_code": "KWD", "amount": -5}]}
            a decimal amount names the field      | prices[0].amount | {"prices": [{"currency_code": "KWD", "amount": 160.5}]}
            an unknown body field names the field | sku              | {"prices": [{"currency_code": "KWD", "amount": 1}], "sku": "X"}
            """)
    void aBodyThatBreaksTheContractIsInvalidDataNamingTheFieldAndChangesNothing(
            String behaviour, String field, String body) {
        RunningSandbox.badRequest()
                .body(body)
                .post(VARIANT_ROUTE)
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString(field));

        assertPlotterPriceUnchanged();
    }

    private static void assertPlotterPriceUnchanged() {
        assertOnlyKwdPrice("LG-CPFL1625", 150000);
    }

    /** The product list shows the SKU's variant with one price: the amount in KWD. */
    private static void assertOnlyKwdPrice(String sku, int amount) {
        RunningSandbox.api()
                .queryParam("q", sku)
                .get("/admin/products")
                .then()
                .statusCode(200)
                .body("products[0].variants[0].prices", hasSize(1))
                .body("products[0].variants[0].prices[0].currency_code", equalTo("KWD"))
                .body("products[0].variants[0].prices[0].amount", equalTo(amount));
    }
}
