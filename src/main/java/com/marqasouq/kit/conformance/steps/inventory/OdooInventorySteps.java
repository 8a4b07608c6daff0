package com.marqasouq.kit.conformance.steps.inventory;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.marqasouq.kit.conformance.http.ApiCall;
import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.Answers;
import com.marqasouq.kit.conformance.world.CreatedProducts;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Map;

/**
 * Odoo's own inventory list (section 8.5, D4, D5): the scenario's SKUs with the filters and
 * paging Odoo uses.
 */
public final class OdooInventorySteps {
    private final World world;
    private final InventorySkus skus;
    private final CreatedProducts products;

    public OdooInventorySteps(World world, InventorySkus skus, CreatedProducts products) {
        this.world = world;
        this.skus = skus;
        this.products = products;
    }

    @When("Odoo lists its inventory whose SKU contains a part of this scenario's marker, in lower case")
    public void listsOdooInventoryByPartOfTheSku() {
        odooInventory().query("sku", skus.markerPart()).send();
    }

    @When("Odoo lists its inventory of this scenario's SKUs")
    public void listsOdooInventoryOfTheScenario() {
        odooInventory().query("sku", skus.marker()).send();
    }

    @When("Odoo lists its inventory of this scenario's SKUs with {word} {string}")
    public void listsOdooInventoryOfTheScenarioWith(String parameter, String value) {
        odooInventory().query("sku", skus.marker()).query(parameter, value).send();
    }

    @When("Odoo lists its inventory of this scenario's SKUs from offset {int}")
    public void listsOdooInventoryFromOffset(int offset) {
        odooInventory().query("sku", skus.marker()).query("offset", offset).send();
    }

    @When("Odoo lists its inventory of this scenario's SKUs, {int} per page from offset {int}")
    public void listsOdooInventoryPaged(int limit, int offset) {
        odooInventory()
                .query("sku", skus.marker())
                .query("limit", limit)
                .query("offset", offset)
                .send();
    }

    @When("Odoo lists the first page of its inventory")
    public void listsTheFirstPageOfOdooInventory() {
        odooInventory().send();
    }

    @When("Odoo lists its inventory with {word} {string}")
    public void listsOdooInventoryWith(String parameter, String value) {
        odooInventory().query(parameter, value).deliberatelyInvalid().send();
    }

    private ApiCall odooInventory() {
        return world.call("GET", "/odoo/inventory");
    }

    @Then("the inventory rows are {skuNames}")
    public void theInventoryRowsAre(List<String> names) {
        assertThat(
                "SKUs of the inventory rows",
                InventoryReads.skus(rows()),
                containsInAnyOrder(names.stream().map(skus::sku).toArray()));
    }

    @Then("{int} inventory row(s) is/are listed")
    public void inventoryRowsAreListed(int count) {
        assertThat("inventory rows", rows(), hasSize(count));
        assertThat("SKUs of the inventory rows", InventoryReads.skus(rows()), everyItem(startsWith(skus.marker())));
    }

    @Then("the inventory row of {string} has {int} units stocked, and available = stocked - reserved")
    public void theInventoryRowHas(String name, int stocked) {
        OdooRows.quantities(OdooRows.row(rows(), skus.sku(name)), stocked);
    }

    @Then("every inventory row shows available = stocked - reserved")
    public void everyInventoryRowShowsAvailable() {
        assertThat("inventory rows", rows().isEmpty(), equalTo(false));
        rows().forEach(row -> OdooRows.quantities(row, InventoryReads.number(row, "stocked_quantity")));
    }

    @Then("every inventory row has fewer than {int} available")
    public void everyInventoryRowHasFewerThan(int limit) {
        OdooRows.fewerThan(rows(), limit);
    }

    @Then("the inventory row of {string} names the variant and product the shop created for it")
    public void theInventoryRowNamesItsProduct(String name) {
        String sku = skus.sku(name);
        CreatedProducts.Ids ids = products.of(sku);
        OdooRows.product(OdooRows.row(rows(), sku), ids.variantId(), ids.productId(), skus.title(name));
    }

    @Then("the pagination shows a total of {int}, limit {int}, offset {int}, and more to follow")
    public void thePaginationShowsMore(int total, int limit, int offset) {
        OdooRows.pagination(world.last(), total, limit, offset, true);
    }

    @Then("the pagination shows a total of {int}, limit {int}, offset {int}, and nothing more to follow")
    public void thePaginationShowsNoMore(int total, int limit, int offset) {
        OdooRows.pagination(world.last(), total, limit, offset, false);
    }

    @Then("Odoo's inventory lists {string} with {int} units stocked")
    public void odoosInventoryLists(String name, int stocked) {
        ApiResult found = odooInventory().query("sku", skus.sku(name)).send();
        Answers.status(found, 200);
        OdooRows.quantities(OdooRows.row(found.list("inventory"), skus.sku(name)), stocked);
    }

    private List<Map<String, Object>> rows() {
        return world.last().list("inventory");
    }
}
