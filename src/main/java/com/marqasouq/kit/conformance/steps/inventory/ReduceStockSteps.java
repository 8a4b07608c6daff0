package com.marqasouq.kit.conformance.steps.inventory;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.marqasouq.kit.conformance.world.TestData;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Map;

/**
 * Reducing stock after an order ships (sections 3.5 and 8.8, D14), for the scenario's own SKUs
 * and a pending order of its own.
 */
public final class ReduceStockSteps {
    private final World world;
    private final TestData testData;
    private final InventorySkus skus;
    private String orderId;

    public ReduceStockSteps(World world, TestData testData, InventorySkus skus) {
        this.world = world;
        this.testData = testData;
        this.skus = skus;
    }

    @Given("a pending order to reduce stock for")
    public void aPendingOrderToReduceStockFor() {
        if (world.run().sandboxControls()) {
            String customer = testData.customer("Ahmed", "Al-Rashid");
            String line = testData.product("ORDERLINE", 5, 10_000);
            orderId = testData.freshOrder(customer, line, 1);
        } else {
            orderId = testData.operatorOrder();
        }
    }

    @When("Odoo reduces the stock of {string} by {int} for that order, because {string}")
    public void reducesTheStockOfOneSku(String name, int quantity, String reason) {
        StockRequests.reduceOne(world, skus.sku(name), quantity, orderId, reason);
    }

    @When("Odoo reduces the stock for that order, because {string}:")
    public void reducesTheStockOfSeveralSkus(String reason, DataTable rows) {
        StockRequests.reduceItems(world, skus, orderId, reason, rows.asMaps());
    }

    @When("Odoo reduces the stock of {string} by {int} for an order that does not exist, as one SKU")
    public void reducesOneSkuForAnOrderThatDoesNotExist(String name, int quantity) {
        StockRequests.reduceOne(world, skus.sku(name), quantity, orderThatDoesNotExist(), "order_fulfilled");
    }

    @When("Odoo reduces the stock of {string} by {int} for an order that does not exist, as a list of items")
    public void reducesItemsForAnOrderThatDoesNotExist(String name, int quantity) {
        StockRequests.reduceItems(
                world,
                skus,
                orderThatDoesNotExist(),
                "order_shipped",
                List.of(Map.of("sku", name, "quantity", String.valueOf(quantity))));
    }

    @When("Odoo reduces the stock of a SKU the shop does not have for an order that does not exist")
    public void reducesAnUnknownSkuForAnOrderThatDoesNotExist() {
        StockRequests.reduceOne(world, skus.absent("ghost"), 1, orderThatDoesNotExist(), "order_fulfilled");
    }

    private String orderThatDoesNotExist() {
        return "order_DOESNOTEXIST" + world.run().runId();
    }

    @Then("the stock of {string} was reduced by {int}, from {int} to {int}")
    public void theStockWasReduced(String name, int by, int from, int to) {
        StockAnswers.singleReduction(world.last(), skus.sku(name), from, by, to);
    }

    @Then("the stock of {string} was already reduced: it stays at {int}, reduced by 0")
    public void theStockWasAlreadyReduced(String name, int stays) {
        StockAnswers.singleReduction(world.last(), skus.sku(name), stays, 0, stays);
        assertThat("inventory_item.status", world.last().get("inventory_item.status"), equalTo("already_reduced"));
    }

    @Then("the reduction succeeded for that order and reason {string}")
    public void theReductionSucceeded(String reason) {
        StockAnswers.reductionOf(world.last(), true, orderId, reason);
    }

    @Then("the reduction did not succeed for that order and reason {string}")
    public void theReductionDidNotSucceed(String reason) {
        StockAnswers.reductionOf(world.last(), false, orderId, reason);
    }

    @Then("the reduction counts {int} items: {int} successful, {int} failed, {int} short of stock")
    public void theReductionCounts(int total, int successful, int failed, int shortOfStock) {
        StockAnswers.reductionSummary(world.last(), total, successful, failed, shortOfStock);
    }

    @Then("the reduction counts {int} items: {int} successful and {int} short of stock")
    public void theReductionCountsShortOfStock(int total, int successful, int shortOfStock) {
        StockAnswers.reductionSummary(world.last(), total, successful, null, shortOfStock);
    }

    @Then("the reduction results are:")
    public void theReductionResultsAre(DataTable expected) {
        ResultTable.check("reduction results", world.last().list("results"), expected.asMaps(), skus);
    }

    @Then("the reduction result of {string} is not a reduction")
    public void theReductionResultIsNotAReduction(String name) {
        StockAnswers.notReduced(world.last(), skus.sku(name));
    }
}
