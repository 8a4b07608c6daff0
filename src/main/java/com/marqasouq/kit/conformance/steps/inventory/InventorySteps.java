package com.marqasouq.kit.conformance.steps.inventory;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.marqasouq.kit.conformance.http.ApiCall;
import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.Answers;
import com.marqasouq.kit.conformance.steps.common.Json;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The admin inventory (sections 3.1 to 3.3 and 3.6): the SKUs a scenario makes, the inventory
 * list, one location level and the stock locations, and reading stock back after any change.
 * Stock batches, reductions and Odoo's own endpoint have step classes of their own, sharing
 * the scenario's {@link InventorySkus}.
 */
public final class InventorySteps {
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private final World world;
    private final InventorySkus skus;
    /** The SKUs of every page of the paged search, in the order read. */
    private final List<String> pagedSkus = new ArrayList<>();
    /** The inventory item and location whose level the scenario set. */
    private String levelItemId;

    private String levelLocationId;

    public InventorySteps(World world, InventorySkus skus) {
        this.world = world;
        this.skus = skus;
    }

    /** A list of SKU names as the features write it: "a", "b" and "c". */
    @ParameterType("\"[^\"]*\"(?:(?:, | and )\"[^\"]*\")*")
    public List<String> skuNames(String text) {
        List<String> names = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            names.add(quoted.group(1));
        }
        return names;
    }

    @Given("a new SKU {string} stocked with {int} units")
    public void aNewSkuStockedWith(String name, int quantity) {
        skus.stocked(name, quantity);
    }

    @Given("a new SKU {string} titled {string} stocked with {int} units")
    public void aNewSkuTitledStockedWith(String name, String title, int quantity) {
        skus.stockedAndTitled(name, title, quantity);
    }

    @Given("{string} is a SKU the shop does not have")
    public void isASkuTheShopDoesNotHave(String name) {
        skus.absent(name);
    }

    @Given("{int} new SKUs synced from Odoo with {int} unit(s) each")
    public void newSkusSyncedFromOdoo(int count, int quantity) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add(Map.of(
                    "sku", skus.absent("bulk " + i), "quantity", quantity, "title", "Conformance bulk item " + i));
        }
        ApiResult synced = world.call("POST", "/odoo/inventory")
                .body(Json.write(Map.of("items", items)))
                .send();
        Answers.status(synced, 200);
        assertThat("SKUs synced", synced.get("summary.synced"), equalTo(count));
    }

    @When("Odoo looks up the inventory item of SKU {string}")
    public void looksUpTheInventoryItemOfSku(String name) {
        list().query("sku", skus.sku(name)).send();
    }

    @When("Odoo looks up the inventory items of SKU {string} without its last character")
    public void looksUpWithoutItsLastCharacter(String name) {
        String sku = skus.sku(name);
        list().query("sku", sku.substring(0, sku.length() - 1)).send();
    }

    @When("Odoo searches the inventory items for this scenario's marker")
    public void searchesForTheMarker() {
        list().query("q", skus.marker()).send();
    }

    @When("Odoo searches the inventory items for this scenario's marker in lower case")
    public void searchesForTheMarkerInLowerCase() {
        list().query("q", skus.marker().toLowerCase(Locale.ROOT)).send();
    }

    @When("Odoo searches the inventory items for the word that only the title of {string} contains")
    public void searchesForTheTitleWord(String name) {
        list().query("q", skus.titleWord(name).toUpperCase(Locale.ROOT)).send();
    }

    @When("Odoo searches the inventory items for this scenario's marker, {int} per page from offset {int}")
    public void searchesForTheMarkerPaged(int limit, int offset) {
        ApiResult page = list().query("q", skus.marker())
                .query("limit", limit)
                .query("offset", offset)
                .send();
        pagedSkus.addAll(InventoryReads.skus(page.list("inventory_items")));
    }

    @When("Odoo lists the first page of inventory items")
    public void listsTheFirstPageOfInventoryItems() {
        list().send();
    }

    @When("Odoo lists the inventory items with {word} {string}")
    public void listsTheInventoryItemsWith(String parameter, String value) {
        list().query(parameter, value).deliberatelyInvalid().send();
    }

    private ApiCall list() {
        return world.call("GET", "/admin/inventory-items");
    }

    @Then("the inventory items listed are {skuNames}, with a count of {int}")
    public void theInventoryItemsListedAre(List<String> names, int count) {
        List<String> expected = names.stream().map(skus::sku).toList();
        assertThat("SKUs listed", listedSkus(), containsInAnyOrder(expected.toArray()));
        assertThat("count", world.last().get("count"), equalTo(count));
    }

    @Then("no inventory item is listed, with a count of {int}")
    public void noInventoryItemIsListed(int count) {
        assertThat("SKUs listed", listedSkus(), empty());
        assertThat("count", world.last().get("count"), equalTo(count));
    }

    @Then("{int} inventory item(s) is/are listed, with a count of {int}")
    public void inventoryItemsAreListed(int listed, int count) {
        assertThat("SKUs listed", listedSkus(), hasSize(listed));
        assertThat("SKUs listed", listedSkus(), everyItem(startsWith(skus.marker())));
        assertThat("count (matches before paging)", world.last().get("count"), equalTo(count));
    }

    @Then("the pages together hold {skuNames}, each once")
    public void thePagesTogetherHold(List<String> names) {
        assertThat(
                "SKUs over all pages",
                pagedSkus,
                containsInAnyOrder(names.stream().map(skus::sku).toArray()));
    }

    @Then("the listed item {string} has {int} units stocked over its location levels")
    public void theListedItemHasUnitsStocked(String name, int quantity) {
        assertThat(
                "stocked_quantity of " + skus.sku(name) + " over its levels",
                InventoryReads.stocked(listedItem(name)),
                equalTo(quantity));
    }

    @Then("every location level listed shows available = stocked - reserved")
    public void everyLocationLevelShowsAvailable() {
        List<Map<String, Object>> items = world.last().list("inventory_items");
        assertThat("inventory items listed", items, not(empty()));
        items.forEach(InventoryReads::checkAvailability);
    }

    private List<String> listedSkus() {
        return InventoryReads.skus(world.last().list("inventory_items"));
    }

    private Map<String, Object> listedItem(String name) {
        String sku = skus.sku(name);
        return world.last().list("inventory_items").stream()
                .filter(i -> sku.equals(i.get("sku")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("SKU " + sku + " is not listed"));
    }

    @Then("the shop now/still holds {int} units of {string}")
    public void theShopHoldsUnitsOf(int quantity, String name) {
        Map<String, Object> item = InventoryReads.item(world, skus.sku(name));
        assertThat(
                "stocked_quantity of " + skus.sku(name) + " in the inventory list",
                InventoryReads.stocked(item),
                equalTo(quantity));
        InventoryReads.checkAvailability(item);
    }

    @Then("the shop still has no inventory item with SKU {string}")
    public void theShopHasNoInventoryItemWithSku(String name) {
        ApiResult found = list().query("sku", skus.sku(name)).send();
        Answers.status(found, 200);
        assertThat("inventory items of SKU " + skus.sku(name), found.list("inventory_items"), empty());
    }

    @When("Odoo sets the stock of {string} at its location to {int}")
    public void setsTheStockAtItsLocation(String name, int quantity) {
        Map<String, Object> item = InventoryReads.item(world, skus.sku(name));
        List<Map<String, Object>> levels = InventoryReads.levels(item);
        assertThat("location levels of " + skus.sku(name), levels, hasSize(1));
        levelItemId = (String) item.get("id");
        levelLocationId = (String) levels.get(0).get("location_id");
        setLevel(levelItemId, levelLocationId, quantity);
    }

    @When("Odoo sets the stock of an inventory item that does not exist to {int}")
    public void setsTheStockOfAnItemThatDoesNotExist(int quantity) {
        ApiResult locations = world.call("GET", "/admin/stock-locations").send();
        String location = locations.get("stock_locations[0].id");
        assertThat("a stock location to name in the path", location, notNullValue());
        setLevel("iitem_DOESNOTEXIST" + world.run().runId(), location, quantity);
    }

    @When("Odoo sets the stock of {string} at a location that does not exist to {int}")
    public void setsTheStockAtALocationThatDoesNotExist(String name, int quantity) {
        Map<String, Object> item = InventoryReads.item(world, skus.sku(name));
        setLevel((String) item.get("id"), "sloc_DOESNOTEXIST" + world.run().runId(), quantity);
    }

    private void setLevel(String itemId, String locationId, int quantity) {
        ApiCall call = world.call("POST", "/admin/inventory-items/" + itemId + "/location-levels/" + locationId)
                .body(Json.write(Map.of("stocked_quantity", quantity)));
        if (quantity < 0) {
            call.deliberatelyInvalid();
        }
        call.send();
    }

    @Then("the answer is the level of {string} at that location, with {int} units stocked")
    public void theAnswerIsTheLevel(String name, int quantity) {
        ApiResult last = world.last();
        assertThat(
                "inventory_level.inventory_item_id",
                last.get("inventory_level.inventory_item_id"),
                equalTo(levelItemId));
        assertThat("inventory_level.location_id", last.get("inventory_level.location_id"), equalTo(levelLocationId));
        assertThat("inventory_level.stocked_quantity", last.get("inventory_level.stocked_quantity"), equalTo(quantity));
    }

    @When("Odoo lists the stock locations")
    public void listsTheStockLocations() {
        world.call("GET", "/admin/stock-locations").send();
    }

    @Then("at least one stock location is listed")
    public void atLeastOneStockLocationIsListed() {
        assertThat("stock_locations", world.last().list("stock_locations"), not(empty()));
    }

    @Then("every stock location has an id, a name, a city and a country code")
    public void everyStockLocationHasItsFields() {
        for (Map<String, Object> location : world.last().list("stock_locations")) {
            Map<?, ?> address = location.get("address") instanceof Map<?, ?> a ? a : Map.of();
            List<String> values = Stream.of(
                            location.get("id"), location.get("name"), address.get("city"), address.get("country_code"))
                    .map(value -> value instanceof String text ? text : null)
                    .toList();
            assertThat("id, name, city and country code of " + location, values, everyItem(not(blankOrNullString())));
        }
    }

    @Then("every location level on the first page of inventory items is at one of the listed locations")
    public void everyLevelOnTheFirstPageIsAtAListedLocation() {
        List<Object> locations = world.last().list("stock_locations").stream()
                .map(l -> l.get("id"))
                .toList();
        List<Object> used = new ArrayList<>();
        list().send()
                .list("inventory_items")
                .forEach(item -> InventoryReads.levels(item).forEach(l -> used.add(l.get("location_id"))));
        assertThat("location levels on the first page of inventory items", used, not(empty()));
        assertThat("location_id of every level", used, everyItem(in(locations)));
    }
}
