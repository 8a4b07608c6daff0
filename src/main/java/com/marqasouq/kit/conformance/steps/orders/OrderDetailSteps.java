package com.marqasouq.kit.conformance.steps.orders;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.Answers;
import com.marqasouq.kit.conformance.steps.common.Times;
import com.marqasouq.kit.conformance.world.CreatedCustomers;
import com.marqasouq.kit.conformance.world.CreatedProducts;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Map;

/**
 * One order read back: its details (section 2.2), and its status, fulfillment status and
 * metadata after Odoo changed it, as the target answers them.
 */
public final class OrderDetailSteps {
    private final World world;
    private final OrderFixtures orders;
    private final OrderListing lists;
    private final OrderActions actions;
    private final CreatedCustomers customers;
    private final CreatedProducts products;

    public OrderDetailSteps(
            World world,
            OrderFixtures orders,
            OrderListing lists,
            OrderActions actions,
            CreatedCustomers customers,
            CreatedProducts products) {
        this.world = world;
        this.orders = orders;
        this.lists = lists;
        this.actions = actions;
        this.customers = customers;
        this.products = products;
    }

    @When("Odoo reads the order's details")
    public void readsTheDetails() {
        world.call("GET", "/admin/orders/" + orders.current().id()).send();
    }

    @When("Odoo reads the details of an order that does not exist")
    public void readsMissingDetails() {
        world.call("GET", "/admin/orders/" + orders.missingId()).send();
    }

    @Then("the details name the order's customer")
    public void detailsNameTheCustomer() {
        OrderChecks.customer(answeredOrder(), orders.current());
        if (orders.current().placed()) {
            Object email = OrderChecks.object(answeredOrder(), "customer").get("email");
            assertThat(
                    "customer.email",
                    email,
                    equalTo(customers.email(orders.current().customerId())));
        }
    }

    @Then("every item of the details shows its variant with the SKU, product, quantity and unit price ordered")
    public void detailsShowTheItems() {
        OrderChecks.hasLines(answeredOrder(), orders.current(), true);
        OrderChecks.variantProducts(
                answeredOrder(),
                orders.current(),
                sku -> products.find(sku).map(CreatedProducts.Ids::productId).orElse(null));
    }

    @Then("every item of the details has a subtotal of unit price times quantity")
    public void detailsLineSubtotals() {
        OrderChecks.lineSubtotals(answeredOrder());
    }

    @Then("the details' subtotal is the sum of the items' subtotals")
    public void detailsSubtotal() {
        OrderChecks.subtotalIsSumOfLines(answeredOrder());
    }

    @Then("the details' total is subtotal plus shipping_total plus tax_total minus discount_total")
    public void detailsTotal() {
        OrderChecks.totalAddsUp(answeredOrder());
    }

    @Then("the details list the order's shipping methods and payments")
    public void detailsListShippingAndPayments() {
        OrderChecks.notEmpty(answeredOrder(), "shipping_methods");
        OrderChecks.notEmpty(answeredOrder(), "payments");
    }

    @Then("the details' shipping methods add up to the shipping_total")
    public void shippingMethodsAddUp() {
        OrderChecks.shippingMethodsAddUp(answeredOrder());
    }

    @Then("the details' captured payments add up to the total")
    public void paymentsAddUp() {
        OrderChecks.capturedPaymentsAddUp(answeredOrder());
    }

    // ----- its state as listed -----

    @Then("the order's status is {string}")
    public void theStatusIs(String status) {
        ApiResult details =
                world.call("GET", "/admin/orders/" + orders.current().id()).send();
        Answers.status(details, 200);
        assertThat("order.status", details.get("order.status"), equalTo(status));
    }

    @Then("the order's fulfillment status is {string}")
    public void theFulfillmentStatusIs(String status) {
        assertThat("fulfillment_status as listed", asListed().get("fulfillment_status"), equalTo(status));
    }

    @Then("the order's metadata marks it as synced")
    public void metadataMarksSynced() {
        assertThat("metadata.odoo_synced as listed", metadata().get("odoo_synced"), equalTo(true));
    }

    @Then("the order's metadata does not mark it as synced")
    public void metadataDoesNotMarkSynced() {
        assertThat("metadata.odoo_synced as listed", metadata().get("odoo_synced"), anyOf(nullValue(), equalTo(false)));
    }

    @Then("the order's metadata holds {string} = {string}")
    public void metadataHolds(String key, String value) {
        assertThat("metadata." + key + " as listed", metadata().get(key), equalTo(value));
    }

    @Then("the order's metadata no longer holds {string}")
    public void metadataNoLongerHolds(String key) {
        assertThat("metadata as listed", metadata(), not(hasKey(key)));
    }

    @Then("the order's metadata holds the odoo_sync_date Odoo sent")
    public void metadataHoldsTheSentSyncDate() {
        assertThat(
                "metadata.odoo_sync_date as listed", metadata().get("odoo_sync_date"), equalTo(actions.sentSyncDate()));
    }

    @Then("the order's metadata holds an odoo_sync_date")
    public void metadataHoldsASyncDate() {
        Times.notBefore(
                "metadata.odoo_sync_date as listed",
                metadata().get("odoo_sync_date"),
                orders.current().createdAt());
    }

    @Then("that order's status and metadata are unchanged")
    public void thatOrderIsUnchanged() {
        Map<String, Object> before = orders.existing();
        Map<String, Object> now = lists.asListed((String) before.get("id"), Times.createdAt(before));
        assertThat("status of " + before.get("id"), now.get("status"), equalTo(before.get("status")));
        assertThat("metadata of " + before.get("id"), now.get("metadata"), equalTo(before.get("metadata")));
    }

    private Map<String, Object> answeredOrder() {
        return OrderChecks.answered(world.last());
    }

    private Map<String, Object> asListed() {
        return lists.asListed(orders.current().id(), orders.current().createdAt());
    }

    private Map<String, Object> metadata() {
        return OrderChecks.object(asListed(), "metadata");
    }
}
