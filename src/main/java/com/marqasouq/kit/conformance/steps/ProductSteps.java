package com.marqasouq.kit.conformance.steps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.nullValue;

import com.marqasouq.kit.conformance.http.ApiCall;
import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.world.TestData;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Products made, listed and priced by Odoo (section 5, D1, D5, D17, D24). */
public final class ProductSteps {
    private final World world;
    private final Products products;

    public ProductSteps(World world, TestData data) {
        this.world = world;
        this.products = new Products(world, data);
    }

    @Given("a product {string} with {int} in stock at {int} fils")
    public void aProduct(String label, int stock, int priceFils) {
        products.plain(label, stock, priceFils);
    }

    @Given("a product {string} with barcode {string} created by Odoo")
    @SuppressWarnings("unchecked")
    public void aProductWithABarcode(String label, String barcode) {
        Map<String, Object> body = products.body(label, 3, 9500);
        ((List<Map<String, Object>>) body.get("variants")).get(0).put("barcode", barcode);
        created(label, body);
    }

    @Given("a product {string} whose title, handle and SKU carry different markers")
    @SuppressWarnings("unchecked")
    public void aProductWithThreeMarkers(String label) {
        Map<String, Object> body = products.body(label, 3, 9500);
        String title = world.unique("Title");
        String handle = world.unique("handle");
        String sku = world.unique("SKU").toUpperCase(Locale.ROOT);
        body.put("title", "Conformance " + label + " " + title);
        body.put("handle", handle);
        ((List<Map<String, Object>>) body.get("variants")).get(0).put("sku", sku);
        world.remember("marker:title", title);
        world.remember("marker:handle", handle);
        world.remember("marker:SKU", sku);
        created(label, body);
    }

    @Given("{int} products of the range {string} created by Odoo")
    public void productsOfOneRange(int how, String range) {
        String marker = world.unique(Slug.of(range));
        world.remember("range:" + range, marker + "-");
        List<KnownProduct> members = new ArrayList<>();
        for (int i = 1; i <= how; i++) {
            members.add(products.plain(range + " " + i, marker, 1, 1000L * i));
        }
        world.remember("product range", members);
    }

    @When("Odoo searches products for the SKU of {string}")
    public void searchesForTheSku(String label) {
        list().query("q", products.known(label).sku()).send();
    }

    @When("Odoo searches products for the {word} marker of {string} in another case")
    public void searchesForAMarker(String field, String label) {
        String marker = world.recall("marker:" + field);
        String other = marker.equals(marker.toLowerCase(Locale.ROOT))
                ? marker.toUpperCase(Locale.ROOT)
                : marker.toLowerCase(Locale.ROOT);
        list().query("q", other).send();
    }

    @When("Odoo searches products of the range {string} {int} per page from offset {int}")
    public void searchesARangePage(String range, int limit, int offset) {
        list().query("q", world.recall("range:" + range))
                .query("limit", limit)
                .query("offset", offset)
                .send();
    }

    @When("Odoo lists products with {string} set to {string}")
    public void listsWithABadValue(String parameter, String value) {
        list().query(parameter, value).deliberatelyInvalid().send();
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

    @Then("the product list holds exactly {string}")
    public void theListHoldsExactly(String label) {
        ApiResult page = world.last();
        assertThat(
                "products found by " + page.exchange().query(),
                ids(page),
                equalTo(List.of(products.known(label).id())));
        assertThat("count of products found", page.get("count"), equalTo(1));
    }

    @Then("the product page holds {int} product(s) of the range, with count {int}")
    public void theRangePageHolds(int size, int count) {
        List<String> range = world.<List<KnownProduct>>recall("product range").stream()
                .map(KnownProduct::id)
                .toList();
        List<String> page = ids(world.last());
        assertThat("products on the page", page, hasSize(size));
        assertThat("products on the page, all of the range", page, everyItem(in(range)));
        assertThat("count: all matches before paging (D4)", world.last().get("count"), equalTo(count));
        List<String> seen = world.remembers("range pages") ? world.recall("range pages") : new ArrayList<>();
        seen.addAll(page);
        world.remember("range pages", seen);
    }

    @Then("the pages together hold every product of the range once")
    public void thePagesHoldTheRangeOnce() {
        List<String> range = world.<List<KnownProduct>>recall("product range").stream()
                .map(KnownProduct::id)
                .toList();
        List<String> seen = world.recall("range pages");
        assertThat("products of the range over the pages read", seen, containsInAnyOrder(range.toArray()));
    }

    @Then("no product {string} was created")
    public void noProductWasCreated(String label) {
        ApiResult found = list().query("q", products.known(label).marker()).send();
        assertThat(
                "products whose title, handle or SKU has "
                        + products.known(label).marker(),
                ids(found),
                empty());
        assertThat("count of such products", found.get("count"), equalTo(0));
    }

    @Then("{string} is listed as published with its title and handle")
    public void isListedAsPublished(String label) {
        KnownProduct known = products.known(label);
        Map<String, Object> product = products.inLastAnswer(known);
        assertThat("status", product.get("status"), equalTo("published"));
        assertThat("title", product.get("title"), equalTo(known.title()));
        assertThat("handle", product.get("handle"), equalTo(known.handle()));
    }

    @Then("the variant of {string} is listed with its SKU, no barcode, {int} in stock and managed inventory")
    public void theVariantIsListed(String label, int stock) {
        Map<String, Object> variant = products.variantInLastAnswer(products.known(label));
        assertThat("sku", variant.get("sku"), equalTo(products.known(label).sku()));
        assertThat("a variant without barcode sends \"barcode\": null (D24)", variant, hasKey("barcode"));
        assertThat("barcode", variant.get("barcode"), nullValue());
        assertThat("inventory_quantity", variant.get("inventory_quantity"), equalTo(stock));
        assertThat("manage_inventory", variant.get("manage_inventory"), equalTo(Boolean.TRUE));
    }

    @Then("the variant of {string} has the barcode {string}")
    public void theVariantHasTheBarcode(String label, String barcode) {
        assertThat(
                "barcode", products.variantInLastAnswer(products.known(label)).get("barcode"), equalTo(barcode));
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

    private void created(String label, Map<String, Object> body) {
        ApiResult created = products.create(label, body, false);
        assertThat(
                "creating product " + label + ": " + ResponseSteps.abbreviate(created.body()),
                created.status(),
                equalTo(200));
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

    private ApiCall list() {
        return world.call("GET", "/admin/products");
    }

    private static List<String> ids(ApiResult page) {
        return page.list("products").stream().map(p -> (String) p.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variant(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("variants")).get(0);
    }
}
