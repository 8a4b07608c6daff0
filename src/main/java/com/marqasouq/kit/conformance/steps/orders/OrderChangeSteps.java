package com.marqasouq.kit.conformance.steps.orders;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.marqasouq.kit.conformance.steps.common.Json;
import com.marqasouq.kit.conformance.steps.common.Times;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Odoo does to an order on the admin routes: update (section 2.3), ship (2.4) and cancel
 * (2.5), in the request bodies of {@link OrderActions}, and the order each answers.
 */
public final class OrderChangeSteps {
    private final World world;
    private final OrderFixtures orders;
    private final OrderActions actions;
    private Map<String, Object> fulfillment;

    public OrderChangeSteps(World world, OrderFixtures orders, OrderActions actions) {
        this.world = world;
        this.orders = orders;
        this.actions = actions;
    }

    // ----- update (2.3) -----

    @When("Odoo marks the order as synced with Odoo order {string}")
    public void marksSynced(String odooOrderId) {
        actions.markSynced(orders.current().id(), odooOrderId);
    }

    @When("Odoo marks an order that does not exist as synced")
    public void marksAMissingOrder() {
        actions.markSynced(orders.missingId(), "SO/2026/001234");
    }

    @When("Odoo sends the order's metadata key {string} as null")
    public void sendsNull(String key) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(key, null);
        actions.update(orders.current().id(), Map.of("metadata", metadata));
    }

    @When("Odoo updates that order with nothing but the unknown field {string}")
    public void updatesWithAnUnknownField(String field) {
        world.call("POST", "/admin/orders/" + orders.existing().get("id"))
                .body(Json.write(Map.of(field, "SO/CHECK/000001")))
                .deliberatelyInvalid()
                .send();
    }

    @Then("the answered order has status {string}")
    public void theAnsweredStatusIs(String status) {
        assertThat("order.status in the answer", answeredOrder().get("status"), equalTo(status));
    }

    @Then("the answer is the updated order")
    public void theAnswerIsTheOrder() {
        assertThat(
                "order.id", answeredOrder().get("id"), equalTo(orders.current().id()));
    }

    // ----- ship (2.4) -----

    @When("Odoo ships all of the order's items with tracking number {string} by {string}")
    public void shipsEverything(String trackingNumber, String carrier) {
        actions.ship(orders.current().id(), OrderActions.everything(orders.current()), trackingNumber, carrier);
    }

    @When("Odoo ships {int} unit(s) of the order's first item with tracking number {string} by {string}")
    public void shipsUnits(int quantity, String trackingNumber, String carrier) {
        FreshOrder order = orders.current().partlyShippable();
        actions.ship(order.id(), Map.of(order.firstLine().itemId(), quantity), trackingNumber, carrier);
    }

    @When("Odoo ships the rest of the order's items with tracking number {string} by {string}")
    public void shipsTheRest(String trackingNumber, String carrier) {
        actions.ship(orders.current().id(), actions.rest(orders.current()), trackingNumber, carrier);
    }

    @When("Odoo ships one unit more of the order's first item than was ordered")
    public void shipsMoreThanOrdered() {
        FreshOrder.Line line = orders.current().firstLine();
        actions.ship(orders.current().id(), Map.of(line.itemId(), line.quantity() + 1), "KW100000003", "DHL");
    }

    @When("Odoo ships the full quantity ordered of the order's first item")
    public void shipsTheFullQuantity() {
        FreshOrder.Line line = orders.current().firstLine();
        actions.ship(orders.current().id(), Map.of(line.itemId(), line.quantity()), "KW100000004", "DHL");
    }

    @When("Odoo ships an item the order does not have")
    public void shipsAnUnknownItem() {
        actions.ship(
                orders.current().id(), Map.of("item_DOESNOTEXIST" + world.run().runId(), 1), "KW100000009", "DHL");
    }

    @When("Odoo ships an item of an order that does not exist")
    public void shipsForAMissingOrder() {
        actions.ship(
                orders.missingId(), Map.of("item_DOESNOTEXIST" + world.run().runId(), 1), "KW100000010", "DHL");
    }

    @Then("the answered order has a fulfillment with tracking number {string} by {string}")
    public void hasATrackedFulfillment(String trackingNumber, String carrier) {
        fulfillment = OrderChecks.fulfillmentTracked(answeredOrder(), trackingNumber);
        assertThat(
                "metadata.carrier of the fulfillment",
                OrderChecks.object(fulfillment, "metadata").get("carrier"),
                equalTo(carrier));
    }

    @Then("that fulfillment ships all of the order's items")
    public void thatFulfillmentShipsEverything() {
        OrderChecks.ships(fulfillment, OrderActions.everything(orders.current()));
    }

    @Then("the answered order has {int} fulfillment(s)")
    public void hasFulfillments(int count) {
        OrderChecks.fulfillmentCount(answeredOrder(), count);
    }

    // ----- cancel (2.5) -----

    @When("Odoo cancels the order")
    public void cancels() {
        actions.cancel(orders.current().id());
    }

    @When("Odoo cancels an order that does not exist")
    public void cancelsAMissingOrder() {
        actions.cancel(orders.missingId());
    }

    @Then("the answer is the canceled order with the time it was canceled")
    public void theAnswerIsCanceled() {
        assertThat(
                "order.id", answeredOrder().get("id"), equalTo(orders.current().id()));
        assertThat("order.status", answeredOrder().get("status"), equalTo("canceled"));
        Times.notBefore(
                "order.canceled_at",
                answeredOrder().get("canceled_at"),
                orders.current().createdAt());
    }

    private Map<String, Object> answeredOrder() {
        return OrderChecks.answered(world.last());
    }
}
