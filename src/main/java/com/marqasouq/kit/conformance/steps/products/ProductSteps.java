package com.marqasouq.kit.conformance.steps.products;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.instanceOf;

import com.marqasouq.kit.conformance.http.ApiCall;
import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.Slug;
import com.marqasouq.kit.conformance.world.TestData;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Products made and priced by Odoo (sections 5.2, 5.3, D1, D17). Searched: {@link ProductListSteps}. */
public final class ProductSteps {
    private final World world;
    private final Products products;

    public ProductSteps(World world, TestData data, KnownProducts known) {
        this.world = world;
        this.products = new Products(world, data, known);
    }

    @Given("a product {string} with {int} in stock at {int} fils")
    public void aProduct(String label, int stock, int priceFils) {
        products.plain(label, stock, priceFils);
    }

    @When("Odoo creates the product {string} as in section 5.3 with {int} in stock at {int} fils")
    public void createsTheProductOfSection53(String label, int stock, int priceFils) {
        products.create(label, products.body(label, stock, priceFils), false);
    }

    @When("Odoo creates the product {string} without a handle")
    public void createsAProductWithoutAHandle(String label) {
        Map<String, Object> body = products.body(label, 1, 4500);
        body.remove("handle");
        products.create(label, body, false);
    }

    @When("Odoo creates the product {string} with the handle of {string}")
    public void createsAProductWithATakenHandle(String label, String other) {
        Map<String, Object> body = products.body(label, 1, 4500);
        body.put("handle", products.known(other).handle());
        products.create(label, body, false);
    }

    @When("Odoo creates the product {string} with the SKU of {string} and {int} in stock")
    public void createsAProductWithATakenSku(String label, String other, int stock) {
        Map<String, Object> body = products.body(label, stock, 4500);
        variant(body).put("sku", products.known(other).sku());
        products.create(label, body, false);
    }

    @When("Odoo creates the product {string} without a title")
    public void createsAProductWithoutATitle(String label) {
        Map<String, Object> body = products.body(label, 1, 4500);
        body.remove("title");
        products.create(label, body, true);
    }

    @When("Odoo creates the product {string} with the unknown field {string}")
    public void createsAProductWithAnUnknownField(String label, String field) {
        Map<String, Object> body = products.body(label, 1, 4500);
        body.put(field, 4500);
        products.create(label, body, true);
    }

    @When("Odoo creates the product {string} with {int} in stock")
    public void createsAProductWithStock(String label, int stock) {
        products.create(label, products.body(label, stock, 4500), stock < 0);
    }

    @When("Odoo sets the price of {string} to {int} in {string}")
    public void setsThePrice(String label, int amount, String currency) {
        KnownProduct product = products.known(label);
        setPrice(product.id(), product.variantId(), amount, currency);
    }

    @When("Odoo sets the price of the variant of {string} under the product {string} to {int} in {string}")
    public void setsThePriceUnderAnotherProduct(String variantOf, String productOf, int amount, String currency) {
        setPrice(products.known(productOf).id(), products.known(variantOf).variantId(), amount, currency);
    }

    @When("Odoo sets the price of a variant of a product that does not exist to {int} in {string}")
    public void setsThePriceOfAnUnknownProduct(int amount, String currency) {
        String runId = world.run().runId();
        setPrice("prod_DOESNOTEXIST" + runId, "variant_DOESNOTEXIST" + runId, amount, currency);
    }

    @Then("no product {string} was created")
    public void noProductWasCreated(String label) {
        ApiResult found = world.call("GET", "/admin/products")
                .query("q", products.known(label).marker())
                .send();
        assertThat(
                "products whose title, handle or SKU has "
                        + products.known(label).marker(),
                Products.ids(found),
                empty());
        assertThat("count of such products", found.get("count"), equalTo(0));
    }

    @Then("the variant of {string} has exactly the prices {string}")
    @SuppressWarnings("unchecked")
    public void theVariantHasThePrices(String label, String expected) {
        List<Map<String, Object>> prices = (List<Map<String, Object>>)
                products.variantInLastAnswer(products.known(label)).get("prices");
        Map<String, Object> actual = new LinkedHashMap<>();
        for (Map<String, Object> price : prices) {
            assertThat("amount in minor units, an integer (D1)", price.get("amount"), instanceOf(Integer.class));
            actual.put((String) price.get("currency_code"), price.get("amount"));
        }
        Map<String, Object> wanted = new LinkedHashMap<>();
        for (String price : expected.split(",\\s*")) {
            String[] parts = price.trim().split(" ");
            wanted.put(parts[0], Integer.valueOf(parts[1]));
        }
        assertThat("one price per currency in " + prices, prices, hasSize(wanted.size()));
        assertThat("prices by currency", actual, equalTo(wanted));
    }

    @Then("the new product {string} has the title, handle, status, metadata and variant that were sent")
    public void theNewProductHasWhatWasSent(String label) {
        Map<String, Object> sent = products.sent(label);
        ApiResult last = world.last();
        for (String field : List.of("title", "handle", "status", "metadata")) {
            assertThat("product." + field, last.get("product." + field), equalTo(sent.get(field)));
        }
        Map<String, Object> variant = variant(sent);
        assertThat("product.variants", last.list("product.variants"), hasSize(1));
        for (String field : List.of("title", "sku", "prices", "manage_inventory", "inventory_quantity")) {
            assertThat(
                    "product.variants[0]." + field,
                    last.get("product.variants[0]." + field),
                    equalTo(variant.get(field)));
        }
    }

    @Then("the new product has the slug of its title as handle")
    public void theHandleIsTheSlugOfTheTitle() {
        String title = world.last().get("product.title");
        assertThat(
                "product.handle of a product created without one (D17)",
                world.last().get("product.handle"),
                equalTo(Slug.of(title)));
    }

    @Then("the inventory item of the SKU of {string} has {int} in stock")
    public void theInventoryItemHas(String label, int stock) {
        String sku = products.known(label).sku();
        ApiResult found =
                world.call("GET", "/admin/inventory-items").query("sku", sku).send();
        List<Map<String, Object>> items = found.list("inventory_items").stream()
                .filter(i -> sku.equals(i.get("sku")))
                .toList();
        assertThat("inventory items of SKU " + sku, items, hasSize(1));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> levels =
                (List<Map<String, Object>>) items.get(0).get("location_levels");
        int stocked = levels.stream()
                .mapToInt(l -> ((Number) l.get("stocked_quantity")).intValue())
                .sum();
        assertThat("stocked_quantity of SKU " + sku + " over its locations", stocked, equalTo(stock));
    }

    private void setPrice(String productId, String variantId, int amount, String currency) {
        Map<String, Object> body = Map.of("prices", List.of(Map.of("currency_code", currency, "amount", amount)));
        ApiCall call = world.call("POST", "/admin/products/" + productId + "/variants/" + variantId)
                .body(TestData.write(body));
        if (amount < 0 || !currency.equals(currency.toUpperCase(Locale.ROOT))) {
            call.deliberatelyInvalid();
        }
        call.send();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variant(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("variants")).get(0);
    }
}
