package com.marqasouq.kit.conformance.steps.orders;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.Answers;
import com.marqasouq.kit.conformance.steps.common.Json;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Odoo's own order routes, /odoo/orders (sections 8.1–8.3), and the updated Python client
 * that records its sales orders there. The checks on the pages read are in {@link OrderListSteps}.
 */
public final class OdooOrderSteps {
    private final World world;
    private final OrderFixtures orders;
    private final OrderListing lists;
    private final OrderActions actions;

    public OdooOrderSteps(World world, OrderFixtures orders, OrderListing lists, OrderActions actions) {
        this.world = world;
        this.orders = orders;
        this.lists = lists;
        this.actions = actions;
    }

    // ----- the list (8.1) -----

    @When("Odoo requests its orders without paging parameters")
    public void requestsWithoutPaging() {
        lists.read(OrderRoute.ODOO, null, null);
    }

    @When("Odoo requests its orders {int} at a time from offset {int}")
    public void requestsAPage(int limit, int offset) {
        lists.read(OrderRoute.ODOO, limit, offset);
    }

    @When("Odoo requests its orders {int} at a time from the last order")
    public void requestsTheLastPage(int limit) {
        lists.read(
                OrderRoute.ODOO,
                limit,
                Math.max(lists.read(OrderRoute.ODOO, 1, 0).total() - 1, 0));
    }

    @When("Odoo requests its orders with status {string}")
    public void requestsByStatus(String statuses) {
        lists.listOnePage(OrderRoute.ODOO, Map.of("status", statuses));
    }

    @When(
            "Odoo requests its orders dated from the time of order number {int} to the time of order number {int} of that page")
    public void requestsAWindow(int from, int to) {
        lists.listWindow(OrderRoute.ODOO, from, to);
    }

    @When("Odoo pages through its {string} orders since the first fresh order")
    public void pagesThroughOdooOrders(String statuses) {
        Map<String, String> query = new LinkedHashMap<>(Map.of("status", statuses));
        Instant first = orders.all().stream()
                .map(FreshOrder::createdAt)
                .min(Instant::compareTo)
                .orElseThrow();
        query.putAll(OrderRoute.ODOO.window(first, null));
        lists.listAll(OrderRoute.ODOO, query, 50);
    }

    @When("Odoo requests its orders with {string} set to {string}")
    public void requestsWithABadValue(String parameter, String value) {
        world.call("GET", OrderRoute.ODOO.path())
                .query(parameter, value)
                .deliberatelyInvalid()
                .send();
    }

    @Then("every Odoo order listed has a status among {string}")
    public void everyOrderHasAStatusAmong(String statuses) {
        List<String> allowed = Arrays.asList(statuses.split(","));
        lists.listed().forEach(o -> assertThat("status of " + o.get("id"), (String) o.get("status"), is(in(allowed))));
    }

    @Then("Odoo {findsOrNot} the order among its orders dated {orderWindow}")
    public void findsInAnOdooWindow(boolean finds, OrderWindow window) {
        lists.expectFound(OrderRoute.ODOO, orders.current(), finds, Map.of(), window);
    }

    // ----- one order (8.2) -----

    @When("Odoo reads the order for Odoo")
    public void readsTheOdooOrder() {
        world.call("GET", "/odoo/orders/" + orders.current().id()).send();
    }

    @When("Odoo reads an order that does not exist for Odoo")
    public void readsAMissingOdooOrder() {
        world.call("GET", "/odoo/orders/" + orders.missingId()).send();
    }

    @Then("the Odoo order names the order's customer and shows a billing address")
    public void odooOrderNamesCustomerAndBilling() {
        OrderChecks.customer(answeredOrder(), orders.current());
        assertThat(
                "billing_address.address_1",
                OrderChecks.object(answeredOrder(), "billing_address").get("address_1"),
                notNullValue());
    }

    @Then("every item of the Odoo order shows the SKU, quantity and unit price ordered, its barcode and its weight")
    public void odooOrderItems() {
        OrderChecks.hasLines(answeredOrder(), orders.current(), true);
        OrderChecks.barcodesAndWeights(answeredOrder(), orders.current());
    }

    @Then("the Odoo order shows its payments")
    public void odooOrderShowsPayments() {
        OrderChecks.notEmpty(answeredOrder(), "payments");
    }

    @Then("the Odoo order's fulfillment status is {string} with {int} fulfillment(s)")
    public void odooFulfillmentStatus(String status, int count) {
        assertThat("fulfillment_status", answeredOrder().get("fulfillment_status"), equalTo(status));
        OrderChecks.fulfillmentCount(answeredOrder(), count);
    }

    // ----- Odoo's update (8.3) -----

    @When("Odoo completes the order with sales order {string}, status {string} and invoice {string}")
    public void completesAsInTheDocument(String salesOrder, String odooStatus, String invoice) {
        actions.patch(
                orders.current().id(),
                Map.of(
                        "status",
                        "completed",
                        "odoo_order_id",
                        salesOrder,
                        "odoo_status",
                        odooStatus,
                        "metadata",
                        Map.of("odoo_invoice_id", invoice)));
    }

    @When("Odoo completes the order")
    public void completes() {
        actions.patch(orders.current().id(), Map.of("status", "completed"));
    }

    @When("Odoo sets the order's status to {string}")
    public void setsTheStatus(String status) {
        world.call("PATCH", "/odoo/orders/" + orders.current().id())
                .body(Json.write(Map.of("status", status)))
                .deliberatelyInvalid()
                .send();
    }

    @When("Odoo records a sales order for an order that does not exist")
    public void recordsForAMissingOrder() {
        actions.patch(orders.missingId(), Map.of("odoo_order_id", "SO/2026/001234", "odoo_status", "synced"));
    }

    @When("Odoo records its sales order for every fresh order as the updated Python client does")
    public void recordsSalesOrders() {
        orders.all().forEach(order -> actions.recordSalesOrder(order, "synced"));
    }

    @Then("every answer is 200 with the order still {string}")
    public void everyAnswerIs200(String status) {
        assertThat("answers", actions.answers().size(), equalTo(orders.all().size()));
        for (ApiResult answer : actions.answers()) {
            Answers.status(answer, 200);
            assertThat(
                    "order.status in the answer for " + answer.get("order.id"),
                    answer.get("order.status"),
                    equalTo(status));
        }
    }

    @Then("the metadata of every fresh order holds its sales order number and odoo_status {string}")
    public void everyFreshOrderHoldsItsSalesOrder(String odooStatus) {
        for (FreshOrder order : orders.all()) {
            Map<String, Object> metadata =
                    OrderChecks.object(lists.asListed(order.id(), order.createdAt()), "metadata");
            String salesOrder = actions.salesOrderOf(order.id());
            assertThat("metadata.odoo_order_id of " + order.id(), metadata.get("odoo_order_id"), equalTo(salesOrder));
            assertThat("metadata.odoo_status of " + order.id(), metadata.get("odoo_status"), equalTo(odooStatus));
            assertThat("metadata.odoo_synced of " + order.id(), metadata.get("odoo_synced"), equalTo(true));
        }
    }

    private Map<String, Object> answeredOrder() {
        return OrderChecks.answered(world.last());
    }
}
