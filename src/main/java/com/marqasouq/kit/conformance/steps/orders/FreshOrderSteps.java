package com.marqasouq.kit.conformance.steps.orders;

import static com.marqasouq.kit.conformance.steps.orders.OrderActions.succeeded;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import java.util.List;
import java.util.Map;

/**
 * The orders a scenario works on (placed for it, or from --order-id; {@link OrderFixtures}) and
 * the state Odoo has put them in before the scenario acts ({@link OrderActions}).
 */
public final class FreshOrderSteps {
    private final OrderFixtures orders;
    private final OrderActions actions;

    public FreshOrderSteps(OrderFixtures orders, OrderActions actions) {
        this.orders = orders;
        this.actions = actions;
    }

    /** "order" is the fresh order the scenario got last, "second fresh order" the second one it got. */
    @ParameterType(name = "freshOrder", value = "order|first fresh order|second fresh order|third fresh order")
    public FreshOrder freshOrder(String text) {
        return text.equals("order")
                ? orders.current()
                : orders.nth(List.of("first", "second", "third").indexOf(text.split(" ")[0]) + 1);
    }

    @Given("a fresh pending order of {int} unit(s) of a new product")
    public void aFreshOrder(int quantity) {
        orders.place(quantity);
    }

    @Given("a fresh pending order of {int} unit(s) of a new product and {int} unit(s) of another")
    public void aFreshOrderOfTwoProducts(int quantity, int otherQuantity) {
        orders.place(quantity, otherQuantity);
    }

    @Given("{int} fresh pending orders, each of {int} unit(s) of a new product")
    public void freshOrders(int count, int quantity) {
        for (int i = 0; i < count; i++) {
            orders.place(quantity);
        }
    }

    @Given("{int} fresh pending orders, each of {int} unit(s) of a new product and {int} unit(s) of another")
    public void freshOrdersOfTwoProducts(int count, int quantity, int otherQuantity) {
        for (int i = 0; i < count; i++) {
            orders.place(quantity, otherQuantity);
        }
    }

    @Given("an order that exists on the target")
    public void anOrderThatExists() {
        orders.existing();
    }

    @Given("the {freshOrder} is canceled")
    public void isCanceled(FreshOrder order) {
        succeeded("cancelling " + order.id(), actions.cancel(order.id()));
    }

    @Given("the {freshOrder} is fully shipped")
    public void isFullyShipped(FreshOrder order) {
        succeeded(
                "shipping " + order.id(),
                actions.ship(order.id(), OrderActions.everything(order), "KW000000001", "DHL"));
    }

    @Given("the {freshOrder} is partly shipped")
    public void isPartlyShipped(FreshOrder order) {
        order.partlyShippable();
        succeeded(
                "shipping part of " + order.id(),
                actions.ship(order.id(), Map.of(order.firstLine().itemId(), 1), "KW000000002", "DHL"));
    }

    @Given("the {freshOrder} is completed by Odoo")
    public void isCompleted(FreshOrder order) {
        succeeded("completing " + order.id(), actions.patch(order.id(), Map.of("status", "completed")));
    }

    @Given("{int} unit(s) of the order's first item has been shipped")
    public void unitsShipped(int quantity) {
        FreshOrder order = orders.current().partlyShippable();
        succeeded(
                "shipping part of " + order.id(),
                actions.ship(order.id(), Map.of(order.firstLine().itemId(), quantity), "KW000000003", "DHL"));
    }

    @Given("the order's metadata has been given {string} = {string}")
    public void metadataGiven(String key, String value) {
        succeeded(
                "setting metadata." + key,
                actions.update(orders.current().id(), Map.of("metadata", Map.of(key, value))));
    }
}
