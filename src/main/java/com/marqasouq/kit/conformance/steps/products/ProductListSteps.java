package com.marqasouq.kit.conformance.steps.products;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.nullValue;

import com.marqasouq.kit.conformance.http.ApiCall;
import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.Slug;
import com.marqasouq.kit.conformance.world.Preparation;
import com.marqasouq.kit.conformance.world.TestData;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GET /admin/products (section 5.1, D4, D5, D24): Odoo searches products by a part of their
 * title, handle or SKU, pages through them, and reads their variants. Made and priced:
 * {@link ProductSteps}.
 */
public final class ProductListSteps {
    private final World world;
    private final Products products;
    /** The run-marked text each field of the three-marker product carries: title, handle, SKU. */
    private final Map<String, String> markers = new HashMap<>();
    /** The search text of each range: the marker every SKU of the range starts with. */
    private final Map<String, String> rangeSearches = new HashMap<>();

    private final List<KnownProduct> rangeMembers = new ArrayList<>();
    private final List<String> rangePagesRead = new ArrayList<>();

    public ProductListSteps(World world, TestData data, KnownProducts known) {
        this.world = world;
        this.products = new Products(world, data, known);
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
        markers.put("title", title);
        markers.put("handle", handle);
        markers.put("SKU", sku);
        created(label, body);
    }

    @Given("{int} products of the range {string} created by Odoo")
    public void productsOfOneRange(int how, String range) {
        String marker = world.unique(Slug.of(range));
        rangeSearches.put(range, marker + "-");
        for (int i = 1; i <= how; i++) {
            rangeMembers.add(products.plain(range + " " + i, marker, 1, 1000L * i));
        }
    }

    @When("Odoo searches products for the SKU of {string}")
    public void searchesForTheSku(String label) {
        list().query("q", products.known(label).sku()).send();
    }

    @When("Odoo searches products for the {word} marker of {string} in another case")
    public void searchesForAMarker(String field, String label) {
        String marker = markers.get(field);
        String other = marker.equals(marker.toLowerCase(Locale.ROOT))
                ? marker.toUpperCase(Locale.ROOT)
                : marker.toLowerCase(Locale.ROOT);
        list().query("q", other).send();
    }

    @When("Odoo searches products of the range {string} {int} per page from offset {int}")
    public void searchesARangePage(String range, int limit, int offset) {
        list().query("q", rangeSearches.get(range))
                .query("limit", limit)
                .query("offset", offset)
                .send();
    }

    @When("Odoo lists products with {string} set to {string}")
    public void listsWithABadValue(String parameter, String value) {
        list().query(parameter, value).deliberatelyInvalid().send();
    }

    @Then("the product list holds exactly {string}")
    public void theListHoldsExactly(String label) {
        ApiResult page = world.last();
        assertThat(
                "products found by " + page.exchange().query(),
                Products.ids(page),
                equalTo(List.of(products.known(label).id())));
        assertThat("count of products found", page.get("count"), equalTo(1));
    }

    @Then("the product page holds {int} product(s) of the range, with count {int}")
    public void theRangePageHolds(int size, int count) {
        List<String> page = Products.ids(world.last());
        assertThat("products on the page", page, hasSize(size));
        assertThat("products on the page, all of the range", page, everyItem(in(rangeIds())));
        assertThat("count: all matches before paging (D4)", world.last().get("count"), equalTo(count));
        rangePagesRead.addAll(page);
    }

    @Then("the pages together hold every product of the range once")
    public void thePagesHoldTheRangeOnce() {
        assertThat(
                "products of the range over the pages read",
                rangePagesRead,
                containsInAnyOrder(rangeIds().toArray()));
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

    private void created(String label, Map<String, Object> body) {
        ApiResult created = products.create(label, body, false);
        Preparation.require(created, 200, "creating a test product");
    }

    private List<String> rangeIds() {
        return rangeMembers.stream().map(KnownProduct::id).toList();
    }

    private ApiCall list() {
        return world.call("GET", "/admin/products");
    }
}
