package com.marqasouq.kit.conformance.steps.orders;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * Stock for the order's items (sections 3.5 and 8.8): reduced by {@link OrderStock}, checked by
 * {@link OrderStockChecks}.
 */
public final class OrderStockSteps {
    private final OrderFixtures orders;
    private final OrderStock stock;

    public OrderStockSteps(OrderFixtures orders, OrderStock stock) {
        this.orders = orders;
        this.stock = stock;
    }

    @When("Odoo reduces the stock of each of the order's items by its quantity, with reason {string}")
    public void reducesEachLine(String reason) {
        stock.reduceEachLine(orders.current(), reason);
    }

    @When("Odoo reduces the stock of each fresh order's items in one request per order, with reason {string}")
    public void reducesPerOrder(String reason) {
        orders.all().forEach(order -> stock.reduceAllLines(order, reason));
    }

    @Then("every reduction answers the item's previous stock, the quantity reduced and its new stock")
    public void everyReductionAnswers() {
        stock.reductions().forEach(OrderStockChecks::answered);
    }

    @Then("every reduction summary counts each item as successful, none failed and none short of stock")
    public void everySummaryCounts() {
        stock.reductions().forEach(OrderStockChecks::summary);
    }

    @Then("the stock of the order's items is unchanged")
    public void stockIsUnchanged() {
        orders.current()
                .stockAtStart()
                .forEach((sku, before) -> assertThat(
                        "stocked quantity of " + sku + " (D9, D10: only reduce-stock changes it)",
                        stock.stocked(sku),
                        equalTo(before)));
    }

    @Then("the stock of every item reduced is lower by the quantity ordered")
    public void stockIsLower() {
        OrderStockChecks.stockIsLower(stock);
    }
}
